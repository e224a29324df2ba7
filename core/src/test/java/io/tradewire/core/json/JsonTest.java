package io.tradewire.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** A target type with one field, to show unknown fields are ignored. */
    static final class Price {
        public BigDecimal price;
    }

    @Test
    void toleratesUnknownFieldsAndKeepsDecimalsExact() throws Exception {
        Price p = Json.mapper().readValue("{\"price\":0.1,\"unknown\":{\"x\":[1]}}", Price.class);
        assertThat(p.price).isEqualTo(new BigDecimal("0.1"));
        JsonNode node = Json.mapper().readTree("{\"v\":0.30000000000000004441}");
        assertThat(node.get("v").decimalValue()).isEqualTo(new BigDecimal("0.30000000000000004441"));
        Object any = Json.mapper().readValue("{\"v\":1.10}", Map.class).get("v");
        assertThat(any).isEqualTo(new BigDecimal("1.10"));
    }

    @Test
    void writesBigDecimalsPlain() throws Exception {
        assertThat(Json.mapper().writeValueAsString(Map.of("v", new BigDecimal("1E-8"))))
                .isEqualTo("{\"v\":0.00000001}");
        assertThat(Json.newMapper()).isNotSameAs(Json.mapper());
    }

    @Test
    void factoryStreams() throws Exception {
        try (JsonParser parser = Json.factory().createParser("{\"e\":\"trade\"}")) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextFieldName()).isEqualTo("e");
            assertThat(parser.nextTextValue()).isEqualTo("trade");
        }
        assertThat(Json.factory()).isSameAs(Json.mapper().getFactory());
    }
}
