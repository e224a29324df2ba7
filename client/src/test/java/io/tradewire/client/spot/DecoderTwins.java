package io.tradewire.client.spot;

import com.fasterxml.jackson.core.JsonParser;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.client.wsapi.CursorDecoder;
import io.tradewire.client.wsapi.ResponseDecoder;
import io.tradewire.core.json.Json;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decodes a JSON value with a decoder's streaming form and, when it has one, with its byte-level form, and checks
 * the two agree on every accessor: the WebSocket client reads with one, REST with the other.
 */
final class DecoderTwins {
    private static final ThreadLocal<JsonCursor> CURSOR = ThreadLocal.withInitial(JsonCursor::new);

    private DecoderTwins() {
    }

    /**
     * @param json a JSON value (the {@code result} of an answer)
     * @param d    the decoder
     * @param <T>  its type
     * @return the decoded value (streaming form)
     */
    static <T> T decode(String json, ResponseDecoder<T> d) throws IOException {
        T streamed;
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            p.nextToken();
            streamed = d.decode(p);
        }
        if (d instanceof CursorDecoder) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            // One cursor per thread across every payload, as a connection reuses its own: decoders that borrow its
            // scratch must read each answer afresh.
            JsonCursor cursor = CURSOR.get();
            T read = ((CursorDecoder<T>) d).decode(cursor.reset(bytes, 0, bytes.length));
            assertSame(streamed, read);
        }
        return streamed;
    }

    /** Every public no-argument accessor of the two values returns equal results. */
    static void assertSame(Object streamed, Object read) {
        assertThat(read).isNotNull();
        assertThat(read.getClass()).isEqualTo(streamed.getClass());
        int compared = 0;
        for (Method m : streamed.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                    || Modifier.isStatic(m.getModifiers()) || m.getName().equals("hashCode")) {
                continue;
            }
            try {
                assertThat(m.invoke(read)).as(m.getName()).isEqualTo(m.invoke(streamed));
                compared++;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(m.getName(), e);
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(read.toString()).isEqualTo(streamed.toString());
    }
}
