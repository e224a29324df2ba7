package io.tradewire.client.codec;

import io.tradewire.core.enums.OrderStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonCursorTest {
    private static final FieldTable FIELDS = FieldTable.of("a", "b", "price", "status", "s");
    private static final EnumTable<OrderStatus> STATUSES = EnumTable.of(OrderStatus::of, "NEW", "FILLED");

    private static JsonCursor over(String json) {
        byte[] b = ("  " + json + "  ").getBytes(StandardCharsets.UTF_8);
        return new JsonCursor().reset(b, 0, b.length);
    }

    @Test
    void readsEveryKindOfValueAndSkipsWhatItIsNotAskedFor() throws IOException {
        JsonCursor c = over("{ \"a\" : 12 , \"x\":{\"n\":[1,{\"q\":\"}]\\\"\"}],\"m\":null}, \"b\":true,"
                + "\"price\":\"0.00847000\", \"status\":\"FILLED\", \"s\":\"caf\u00e9 \\u00e9\\n\\\"\", \"y\":-3.5e2}");
        List<String> seen = new ArrayList<>();
        c.beginObject();
        while (c.nextField()) {
            switch (FIELDS.lookup(c)) {
                case 0:
                    assertThat(c.readLong()).isEqualTo(12);
                    seen.add("a");
                    break;
                case 1:
                    assertThat(c.readBoolean()).isTrue();
                    seen.add("b");
                    break;
                case 2:
                    BigDecimal price = c.readDecimal();
                    assertThat(price).isEqualTo(new BigDecimal("0.00847000")); // scale kept
                    seen.add("price");
                    break;
                case 3:
                    assertThat(c.readEnum(STATUSES)).isSameAs(OrderStatus.FILLED);
                    seen.add("status");
                    break;
                case 4:
                    assertThat(c.readString()).isEqualTo("caf\u00e9 \u00e9\n\"");
                    seen.add("s");
                    break;
                default:
                    seen.add("skip:" + c.name());
                    c.skipValue();
            }
        }
        assertThat(seen).containsExactly("a", "skip:x", "b", "price", "status", "s", "skip:y");
    }

    @Test
    void fieldOrderHintsNeverChangeWhatIsRead() throws IOException {
        FieldTable table = FieldTable.of("a", "ab", "b", "price");
        EnumTable<OrderStatus> statuses = EnumTable.of(OrderStatus::of, "NEW", "FILLED");
        String[] objects = {
            "{\"a\":1,\"ab\":2,\"b\":\"NEW\",\"price\":\"1.5\"}",
            "{\"price\":\"2.5\",\"b\":\"FILLED\",\"ab\":3,\"a\":4}",      // another order
            "{\"a\":5,\"x\":{\"ab\":9},\"ab\":6,\"b\":\"NEW\",\"price\":\"3.5\"}", // an unknown field
            "{ \"a\" : 7 , \"ab\":8,\"b\" :\"FILLED\", \"price\":\"4.5\" }",  // whitespace
            "{\"abc\":0,\"a\":9,\"ab\":10,\"b\":\"NEWER\",\"price\":\"5.5\"}", // a longer name, a new value
        };
        String[] expected = {"a=1 ab=2 b=NEW price=1.5", "price=2.5 b=FILLED ab=3 a=4", "a=5 ab=6 b=NEW price=3.5",
            "a=7 ab=8 b=FILLED price=4.5", "a=9 ab=10 b=NEWER price=5.5"};
        for (int round = 0; round < 3; round++) { // the hints learnt in one round are tried in the next
            for (int i = 0; i < objects.length; i++) {
                JsonCursor c = over(objects[i]);
                c.beginObject();
                StringBuilder seen = new StringBuilder();
                int field;
                int known = -1;
                while ((field = table.next(c, known)) != FieldTable.END) {
                    if (field == FieldTable.UNKNOWN) {
                        c.skipValue();
                        continue;
                    }
                    known = field;
                    seen.append(seen.length() == 0 ? "" : " ").append(c.name()).append('=');
                    switch (field) {
                        case 0:
                        case 1:
                            seen.append(c.readLong());
                            break;
                        case 2:
                            seen.append(c.readEnum(statuses).wireName());
                            break;
                        default:
                            seen.append(c.readDecimal().toPlainString());
                    }
                }
                assertThat(seen.toString()).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void unknownEnumValuesAreKeptAndNullsAreNull() throws IOException {
        JsonCursor c = over("[\"PENDING_NEW_2031\", null, \"NEW\"]");
        c.beginArray();
        assertThat(c.nextElement()).isTrue();
        OrderStatus unknown = c.readEnum(STATUSES);
        assertThat(unknown.wireName()).isEqualTo("PENDING_NEW_2031");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(c.nextElement()).isTrue();
        assertThat(c.readEnum(STATUSES)).isNull();
        assertThat(c.nextElement()).isTrue();
        assertThat(c.readEnum(STATUSES)).isSameAs(OrderStatus.NEW);
        assertThat(c.nextElement()).isFalse();
    }

    @Test
    void integersAndDecimalsAtTheirLimits() throws IOException {
        JsonCursor c = over("[9223372036854775807,-9223372036854775808,\"42\",\"123456789012345678901.123\","
                + "-0.1,1E+3,\"-5\"]");
        c.beginArray();
        c.nextElement();
        assertThat(c.readLong()).isEqualTo(Long.MAX_VALUE);
        c.nextElement();
        assertThat(c.readLong()).isEqualTo(Long.MIN_VALUE);
        c.nextElement();
        assertThat(c.readLong()).isEqualTo(42);
        c.nextElement();
        assertThat(c.readDecimal()).isEqualTo(new BigDecimal("123456789012345678901.123"));
        c.nextElement();
        assertThat(c.readDecimal()).isEqualTo(new BigDecimal("-0.1"));
        c.nextElement();
        assertThat(c.readDecimal().compareTo(new BigDecimal("1000"))).isZero();
        c.nextElement();
        assertThat(c.readDecimal()).isEqualTo(new BigDecimal("-5"));
        assertThat(c.nextElement()).isFalse();
    }

    @Test
    void malformedInputFailsWithItsOffsetNeverSilently() {
        assertThatThrownBy(() -> over("9223372036854775808").readLong())
                .isInstanceOf(IOException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> over("1.5").readLong()).hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> over("\"abc").readString()).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> over("{\"a\":[1,2").skipValue()).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> over("\"x\"").readDecimal()).hasMessageContaining("expected a decimal");
        assertThatThrownBy(() -> over("maybe").readBoolean()).hasMessageContaining("expected a boolean");
        assertThatThrownBy(() -> {
            JsonCursor c = over("{\"a\":1");
            c.beginObject();
            c.nextField();
            c.readLong();
            c.nextField();
        }).isInstanceOf(IOException.class).hasMessageContaining("end of JSON");
        assertThatThrownBy(() -> {
            JsonCursor c = over("{1:2}");
            c.beginObject();
            c.nextField();
        }).hasMessageContaining("field name");
    }

    @Property(tries = 2000)
    void decimalsReadExactlyAsWritten(@ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(12)
                                      BigDecimal v) throws IOException {
        for (String text : new String[]{v.toPlainString(), v.stripTrailingZeros().toPlainString()}) {
            BigDecimal read = over("\"" + text + "\"").readDecimal();
            assertThat(read).isEqualTo(new BigDecimal(text)); // same value and same scale
            assertThat(over(text).readDecimal()).isEqualTo(new BigDecimal(text));
        }
    }

    @Test
    void digitRunsOfEveryLengthAroundTheFastPathLimits() throws IOException {
        StringBuilder digits = new StringBuilder();
        for (int n = 1; n <= 19; n++) {
            digits.append((char) ('1' + (n % 9)));
            String d = digits.toString();
            assertThat(over(d).readLong()).isEqualTo(Long.parseLong(d));
            assertThat(over(d + ",\"roomForTheWordPath\":1}").readLong()).isEqualTo(Long.parseLong(d));
            assertThat(over("\"" + d + ".5\",\"roomForTheWordPath\":1}").readDecimal())
                    .isEqualTo(new BigDecimal(d + ".5"));
            assertThat(over("\"-" + d + "\"").readLong()).isEqualTo(-Long.parseLong(d));
            assertThat(firstOfArray("[" + d + "]")).isEqualTo(new BigDecimal(d));
            for (int f = 0; f <= 20; f++) {
                String text = f == 0 ? d : d + "." + "0123456789012345678901".substring(0, f);
                assertThat(over("\"" + text + "\"").readDecimal()).isEqualTo(new BigDecimal(text));
                assertThat(over(text + ",").readDecimal()).isEqualTo(new BigDecimal(text));
            }
        }
        assertThatThrownBy(() -> over("92233720368547758070").readLong()).hasMessageContaining("out of range");
        assertThatThrownBy(() -> over("\"12a\"").readDecimal()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> over("\"1.2.3\"").readDecimal()).isInstanceOf(IOException.class);
    }

    private static BigDecimal firstOfArray(String json) throws IOException {
        JsonCursor c = over(json);
        c.beginArray();
        assertThat(c.nextElement()).isTrue();
        BigDecimal v = c.readDecimal();
        assertThat(c.nextElement()).isFalse();
        return v;
    }

    @Property(tries = 2000)
    void longsReadExactly(@ForAll long v) throws IOException {
        assertThat(over(Long.toString(v)).readLong()).isEqualTo(v);
        assertThat(over("\"" + v + "\"").readLong()).isEqualTo(v);
        // with room after it for the word-at-a-time path, as inside an answer
        String roomy = v + ",\"transactTime\":1660801715793}";
        JsonCursor c = over(roomy);
        assertThat(c.readLong()).isEqualTo(v);
        assertThat(c.readNull()).isFalse();
        assertThat(c.peek()).isEqualTo((byte) ',');
        assertThat(over(Long.toString(v).replaceFirst("^-?", "$0") + ".5,\"abcdefghijklmnopqrs\":1}").readDecimal())
                .isEqualTo(new BigDecimal(v + ".5"));
    }

    /**
     * The digit reader works on eight-byte words: whatever byte ends a run (any of the 256, including those above
     * {@code '9'} whose arithmetic carries into the next byte) and whatever follows, a run of any length reads the
     * same as byte by byte, near the end of the input or far from it.
     */
    @Property(tries = 3000)
    void digitRunsEndOnAnyByte(@ForAll @net.jqwik.api.constraints.LongRange(min = 0) long v,
                               @ForAll byte stop, @ForAll byte[] after, @ForAll boolean fraction) throws IOException {
        if (stop >= '0' && stop <= '9') {
            return; // not a stop
        }
        String text = Long.toString(v);
        byte[] digits = (fraction ? "0." + text : text).getBytes(StandardCharsets.US_ASCII);
        byte[] in = new byte[digits.length + 1 + after.length];
        System.arraycopy(digits, 0, in, 0, digits.length);
        in[digits.length] = stop;
        System.arraycopy(after, 0, in, digits.length + 1, after.length);
        JsonCursor c = new JsonCursor().reset(in, 0, in.length);
        boolean fastPath = text.length() < 18 && stop != '.' && stop != 'e' && stop != 'E'; // others: careful path
        if (fraction) {
            if (fastPath) {
                assertThat(c.readDecimal()).isEqualTo(new BigDecimal("0." + text));
                assertThat(c.position()).isEqualTo(digits.length);
            }
        } else if (fastPath) {
            assertThat(c.readLong()).isEqualTo(v);
            assertThat(c.position()).isEqualTo(digits.length);
        }
    }

    /**
     * Strings are found in one pass that stops at the first quote, backslash or non-ASCII byte; whatever the text
     * (escapes, quotes, any Unicode, lengths across the eight-byte words), it reads back as Jackson wrote it, as a
     * string and as a word, and the cursor ends right after it.
     */
    @Property(tries = 2000)
    void stringsReadBackAsWritten(@ForAll String text, @ForAll boolean asWord) throws Exception {
        String json = io.tradewire.core.json.Json.mapper().writeValueAsString(text);
        byte[] b = (json + ",\"next\"").getBytes(StandardCharsets.UTF_8);
        JsonCursor c = new JsonCursor().reset(b, 0, b.length);
        String read = asWord ? c.readWord(new ByteInterner(16)) : c.readString();
        assertThat(read).isEqualTo(text);
        assertThat(b[c.position()]).isEqualTo((byte) ',');
    }

    @Test
    void namesOfEveryLengthCompareByteForByte() {
        for (int n = 0; n <= 40; n++) {
            byte[] name = new byte[n];
            for (int i = 0; i < n; i++) {
                name[i] = (byte) ('a' + i % 26);
            }
            byte[] input = new byte[n + 11];
            System.arraycopy(name, 0, input, 5, n);
            assertThat(JsonCursor.same(input, 5, name)).as("length %d", n).isTrue();
            for (int i = 0; i < n; i++) {
                input[5 + i] ^= 0x20;
                assertThat(JsonCursor.same(input, 5, name)).as("length %d, byte %d differs", n, i).isFalse();
                input[5 + i] ^= 0x20;
            }
        }
    }

    /**
     * Quoted decimals as Binance writes them take a one-word-per-run path when enough input follows; it must read
     * exactly what the general path reads, and leave every other shape (signs, long runs, exponents, no dot, junk
     * before the quote) to it: same value, same scale, same position, same failures.
     */
    @Property(tries = 3000)
    void quotedDecimalsWithRoomAfterThemReadAsWritten(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10) int wholeDigits,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10) int fractionDigits,
            @ForAll boolean negative, @ForAll long seed, @ForAll byte stop) throws IOException {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder t = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < wholeDigits; i++) {
            t.append((char) ('0' + r.nextInt(10)));
        }
        if (fractionDigits > 0) {
            t.append('.');
            for (int i = 0; i < fractionDigits; i++) {
                t.append((char) ('0' + r.nextInt(10)));
            }
        }
        String text = t.toString();
        byte[] tail = "\",\"commissionAsset\":\"BNB\",\"tradeId\":1}".getBytes(StandardCharsets.US_ASCII);
        byte[] in = new byte[1 + text.length() + tail.length];
        in[0] = '"';
        System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, in, 1, text.length());
        System.arraycopy(tail, 0, in, 1 + text.length(), tail.length);
        // the oracle: the same text with no room after it, which only the general path reads
        byte[] bare = ("\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);
        Object expected;
        try {
            expected = new JsonCursor().reset(bare, 0, bare.length).readDecimal();
        } catch (IOException e) {
            expected = IOException.class;
        }
        JsonCursor c = new JsonCursor().reset(in, 0, in.length);
        if (expected == IOException.class) {
            assertThatThrownBy(c::readDecimal).isInstanceOf(IOException.class);
        } else {
            assertThat(c.readDecimal()).isEqualTo(expected);
            assertThat(c.position()).isEqualTo(text.length() + 2);
            if (wholeDigits > 0) {
                assertThat(expected).isEqualTo(new BigDecimal(text)); // same value and same scale
            }
        }
        // a digit run that does not end on the closing quote: never the fast path's to accept
        if (stop != '"' && (stop < '0' || stop > '9') && wholeDigits > 0 && fractionDigits > 0) {
            in[1 + text.length()] = stop;
            JsonCursor d = new JsonCursor().reset(in, 0, in.length);
            assertThatThrownBy(d::readDecimal).isInstanceOf(IOException.class);
        }
    }

    @Test
    void internedWordsAreSharedAndBounded() throws IOException {
        ByteInterner words = new ByteInterner(16);
        String first = over("\"BTCUSDT\"").readWord(words);
        String second = over("\"BTCUSDT\"").readWord(words);
        assertThat(second).isEqualTo("BTCUSDT").isSameAs(first);
        for (int i = 0; i < 1000; i++) { // a stream of unique values never grows the table
            assertThat(over("\"SYM" + i + "\"").readWord(words)).isEqualTo("SYM" + i);
        }
        assertThat(over("\"caf\u00e9\"").readWord(words)).isEqualTo("caf\u00e9");
    }
}
