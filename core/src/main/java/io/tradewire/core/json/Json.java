package io.tradewire.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared Jackson configuration: unknown properties are ignored, JSON floats become BigDecimal (never
 * double), and BigDecimals are written plain.
 *
 * <p>The shared mapper must not be reconfigured; use {@code mapper().copy()} for a variant.
 */
public final class Json {
    private static final ObjectMapper MAPPER = newMapper();

    private Json() {
    }

    /**
     * A new mapper with Tradewire's settings.
     *
     * @return a fresh, independently configurable mapper
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        return mapper;
    }

    /**
     * The shared mapper (thread-safe for reading and writing).
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The shared mapper's factory, for streaming parsers and generators on hot paths.
     *
     * @return the factory
     */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }
}
