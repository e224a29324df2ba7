package io.tradewire.client.wsapi;

import com.fasterxml.jackson.core.JsonParser;
import io.tradewire.client.TestData;
import io.tradewire.client.codec.JsonCursor;
import io.tradewire.core.enums.RateLimitInterval;
import io.tradewire.core.enums.RateLimitType;
import io.tradewire.core.json.Json;
import io.tradewire.core.ratelimit.RateLimit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The remembering reader must say exactly what a plain reader says, whatever the sequence of answers: the memory
 * may only save work. The oracle is the streaming (Jackson) reader.
 */
class RateLimitsReaderTest {
    private static final String ORDERS_10S = "{\"rateLimitType\":\"ORDERS\",\"interval\":\"SECOND\",\"intervalNum\":10,"
            + "\"limit\":50,\"count\":%d}";
    private static final String ORDERS_DAY = "{\"rateLimitType\":\"ORDERS\",\"interval\":\"DAY\",\"intervalNum\":1,"
            + "\"limit\":160000,\"count\":%d}";
    private static final String WEIGHT_MIN = "{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\","
            + "\"intervalNum\":1,\"limit\":6000,\"count\":%d}";

    private final RateLimitsReader reader = new RateLimitsReader();

    @Test
    void aRepeatedAnswerIsReadFromMemoryWithItsNewCounts() throws IOException {
        List<RateLimit> first = read(usual(1, 2, 3));
        assertThat(reader.repeats()).isZero();
        assertThat(first).containsExactly(
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 1),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 160000, 2),
                RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000, 3));

        List<RateLimit> second = read(usual(7, 2, 12345678901L));
        assertThat(reader.repeats()).isEqualTo(3);
        assertThat(second).containsExactly(
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50, 7),
                RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.DAY, 1, 160000, 2),
                RateLimit.of(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 6000, 12345678901L));
        assertThat(second.get(1)).as("an unchanged window is the remembered instance").isSameAs(first.get(1));
    }

    @Test
    void aChangedWindowIsReadInFullAndRemembered() throws IOException {
        read(usual(1, 2, 3));
        String changed = "[" + String.format(ORDERS_10S, 4) + "," + String.format(WEIGHT_MIN, 5) + ","
                + String.format(ORDERS_DAY, 6) + "]";
        assertThat(read(changed)).isEqualTo(oracle(changed));
        assertThat(reader.repeats()).as("only the first position repeated").isEqualTo(1);
        read(changed.replace("\"count\":5", "\"count\":9"));
        assertThat(reader.repeats()).as("the new windows were remembered").isEqualTo(4);
    }

    @Test
    void aFieldAfterTheCountIsNotTakenFromMemory() throws IOException {
        read(usual(1, 2, 3));
        String extra = "[" + String.format(ORDERS_10S, 8).replace("}", ",\"burst\":99}") + "]";
        assertThat(read(extra)).containsExactly(RateLimit.of(RateLimitType.ORDERS, RateLimitInterval.SECOND, 10, 50,
                8));
        assertThat(reader.repeats()).isZero();
        // A position whose entry does not end with its count is forgotten, then learnt again.
        read(usual(1, 2, 3));
        read(usual(1, 2, 3));
        assertThat(reader.repeats()).isEqualTo(2 + 3);
    }

    @Test
    void unknownFieldsAndValuesAreTolerated() throws IOException {
        String odd = "[{\"rateLimitType\":\"ORDERS\",\"newField\":{\"a\":[1,2]},\"interval\":\"WEEK\",\"intervalNum\":1,"
                + "\"limit\":5,\"count\":1},{\"rateLimitType\":\"CONNECTIONS\",\"interval\":\"SECOND\","
                + "\"intervalNum\":1,\"limit\":5,\"count\":1}]";
        for (int i = 0; i < 3; i++) {
            List<RateLimit> got = read(odd.replace("\"count\":1}", "\"count\":" + i + "}"));
            assertThat(got).isEqualTo(oracle(odd.replace("\"count\":1}", "\"count\":" + i + "}")));
            assertThat(got.get(0).interval().wireName()).isEqualTo("WEEK");
            assertThat(got.get(1).rateLimitType().wireName()).isEqualTo("CONNECTIONS");
        }
        assertThat(reader.repeats()).isEqualTo(4);
    }

    @Test
    void entriesWithoutTypeOrIntervalAreLeftOutAndManyEntriesAreKept() throws IOException {
        StringBuilder sb = new StringBuilder("[{\"interval\":\"SECOND\",\"count\":1}");
        for (int i = 0; i < 11; i++) {
            sb.append(',').append(String.format(ORDERS_10S, i));
        }
        String many = sb.append(']').toString();
        for (int round = 0; round < 2; round++) {
            List<RateLimit> got = read(many);
            assertThat(got).hasSize(11).isEqualTo(oracle(many));
        }
        assertThat(reader.repeats()).as("positions 1..7 remembered").isEqualTo(7);
    }

    @Test
    void recordedPrettyPrintedAnswersRepeatToo() throws IOException {
        for (String file : List.of("payloads/spot-wsapi-rateLimits-orders-ok.doc.json",
                "payloads/spot-wsapi-rateLimits-weight-ok.doc.json")) {
            String answer = TestData.read(file);
            String limits = answer.substring(answer.indexOf('[', answer.indexOf("\"rateLimits\"")),
                    answer.lastIndexOf(']') + 1);
            RateLimitsReader fresh = new RateLimitsReader();
            for (int i = 0; i < 2; i++) {
                JsonCursor c = cursor(limits);
                assertThat(fresh.read(c)).as(file).isEqualTo(oracle(limits)).isNotEmpty();
            }
            assertThat(fresh.repeats()).as(file).isEqualTo(oracle(limits).size());
        }
    }

    @Test
    void aMalformedCountFailsLikeTheFullReader() throws IOException {
        read(usual(1, 2, 3));
        assertThatThrownBy(() -> read(usual(1, 2, 3).replace("\"count\":1}", "\"count\":x}")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new RateLimitsReader().read(cursor(usual(1, 2, 3).replace("\"count\":1}",
                "\"count\":x}")))).isInstanceOf(IOException.class);
        assertThat(read("{\"not\":\"an array\"}")).isEmpty();
        assertThat(read("[]")).isEmpty();
    }

    /** Any sequence of answers, each a random mix of windows and counts, some pretty-printed: same as the oracle. */
    @Property(tries = 300)
    void alwaysSaysWhatThePlainReaderSays(@ForAll("answers") List<String> answers) throws IOException {
        RateLimitsReader r = new RateLimitsReader();
        for (String a : answers) {
            assertThat(r.read(cursor(a))).isEqualTo(oracle(a));
        }
    }

    @Provide
    Arbitrary<List<String>> answers() {
        Arbitrary<String> entry = Combinators.combine(
                Arbitraries.of(ORDERS_10S, ORDERS_DAY, WEIGHT_MIN,
                        ORDERS_10S.replace(",\"count\":%d}", ",\"count\":%d,\"x\":1}"),
                        ORDERS_DAY.replace("{\"rateLimitType\"", "{\"x\":null,\"rateLimitType\"")),
                Arbitraries.longs().between(-1, 1L << 40),
                Arbitraries.of(false, false, true)).as((f, n, pretty) -> {
                    String e = String.format(f, n);
                    return pretty ? e.replace(",", ",\n  ").replace(":", ": ") : e;
                });
        Arbitrary<String> answer = entry.list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]");
        return answer.list().ofMinSize(1).ofMaxSize(6);
    }

    private List<RateLimit> read(String json) throws IOException {
        return reader.read(cursor(json));
    }

    private static JsonCursor cursor(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return new JsonCursor().reset(b, 0, b.length);
    }

    private static List<RateLimit> oracle(String json) throws IOException {
        try (JsonParser p = Json.mapper().createParser(json)) {
            p.nextToken();
            return WsApiConnection.readRateLimits(p);
        }
    }

    private static String usual(long a, long b, long c) {
        return "[" + String.format(ORDERS_10S, a) + "," + String.format(ORDERS_DAY, b) + ","
                + String.format(WEIGHT_MIN, c) + "]";
    }
}
