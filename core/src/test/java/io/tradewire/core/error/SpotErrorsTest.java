package io.tradewire.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotErrorsTest {

    @Test
    void messagesMatchTheCatalogForEveryCode() {
        JsonNode catalog = TestData.json("payloads/spot-errors-catalog.doc.json");
        int checked = 0;
        for (JsonNode c : catalog.path("codes")) {
            int code = c.path("code").asInt();
            List<String> messages = new ArrayList<>();
            c.path("messages").forEach(m -> messages.add(m.asText()));
            assertThat(SpotErrors.isKnown(code)).isTrue();
            assertThat(SpotErrors.message(code)).as("code %d", code).isEqualTo(messages.get(0));
            assertThat(SpotErrors.messages(code)).as("code %d", code).containsExactlyElementsOf(messages);
            assertThat(SpotErrors.name(code)).isEqualTo(c.path("name").asText());
            checked++;
        }
        assertThat(checked).isGreaterThan(100).isEqualTo(SpotErrors.codes().size());
    }

    @Test
    void requiredConstants() {
        assertThat(new int[] {SpotErrors.UNKNOWN, SpotErrors.DISCONNECTED, SpotErrors.TOO_MANY_REQUESTS,
            SpotErrors.UNEXPECTED_RESP, SpotErrors.TIMEOUT, SpotErrors.INVALID_MESSAGE,
            SpotErrors.UNKNOWN_ORDER_COMPOSITION, SpotErrors.TOO_MANY_ORDERS, SpotErrors.INVALID_TIMESTAMP,
            SpotErrors.INVALID_SIGNATURE, SpotErrors.ILLEGAL_CHARS, SpotErrors.TOO_MANY_PARAMETERS,
            SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED, SpotErrors.UNKNOWN_PARAM, SpotErrors.BAD_PRECISION,
            SpotErrors.INVALID_TIF, SpotErrors.INVALID_ORDER_TYPE, SpotErrors.INVALID_SIDE, SpotErrors.BAD_SYMBOL,
            SpotErrors.INVALID_PARAMETER, SpotErrors.NEW_ORDER_REJECTED, SpotErrors.CANCEL_REJECTED,
            SpotErrors.NO_SUCH_ORDER, SpotErrors.BAD_API_KEY_FMT, SpotErrors.REJECTED_MBX_KEY})
                .containsExactly(-1000, -1001, -1003, -1006, -1007, -1013, -1014, -1015, -1021, -1022, -1100, -1101,
                        -1102, -1103, -1111, -1115, -1116, -1117, -1121, -1130, -2010, -2011, -2013, -2014, -2015);
        assertThat(SpotErrors.message(SpotErrors.BAD_SYMBOL)).isEqualTo("Invalid symbol.");
        assertThat(SpotErrors.message(SpotErrors.INVALID_SIGNATURE)).isEqualTo("Signature for this request is not valid.");
    }

    @Test
    void formatFillsPlaceholders() {
        assertThat(SpotErrors.format(SpotErrors.MANDATORY_PARAM_EMPTY_OR_MALFORMED, "symbol"))
                .isEqualTo("Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
        assertThat(SpotErrors.format(SpotErrors.BAD_PRECISION, "price"))
                .isEqualTo("Parameter 'price' has too much precision.");
        assertThat(SpotErrors.format(SpotErrors.TOO_MANY_ORDERS, 50, "10 SECOND"))
                .isEqualTo("Too many new orders; current limit is 50 orders per 10 SECOND.");
        assertThat(SpotErrors.format(SpotErrors.INVALID_PARAMETER, "quantity"))
                .isEqualTo("Data sent for parameter 'quantity' is not valid.");
        assertThat(SpotErrors.format(SpotErrors.BAD_SYMBOL)).isEqualTo("Invalid symbol.");
        assertThat(SpotErrors.format(-1179, 7)).isEqualTo("`MsgSeqNum(34)` contains an unexpected value. Expected: '7'.");
        assertThat(SpotErrors.format(SpotErrors.ILLEGAL_CHARS, "a$b", "x")).contains("'a$b'");
        assertThatThrownBy(() -> SpotErrors.format(SpotErrors.BAD_SYMBOL, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void docPayloadMessagesAreCatalogMessages() {
        JsonNode ban = TestData.json("payloads/spot-wsapi-error-418-ipban-retryAfter.doc.json");
        assertThat(SpotErrors.format(SpotErrors.TOO_MANY_REQUESTS, 1659146400000L))
                .isEqualTo(ban.path("error").path("msg").asText());
        JsonNode orders = TestData.json("payloads/spot-wsapi-error-429-1.doc.json");
        assertThat(SpotErrors.format(SpotErrors.TOO_MANY_ORDERS, 50, "10 SECOND"))
                .isEqualTo(orders.path("error").path("msg").asText());
        JsonNode balance = TestData.json("payloads/spot-wsapi-response-error-2010.doc.json");
        assertThat(SpotErrors.MSG_INSUFFICIENT_BALANCE).isEqualTo(balance.path("error").path("msg").asText());
        JsonNode cancel = TestData.json("payloads/spot-wsapi-error-2011-body.doc.json");
        assertThat(SpotErrors.MSG_CANCEL_RESTRICTIONS).isEqualTo(cancel.path("msg").asText());
    }

    @Test
    void rejectionMessageConstantsAreInTheCatalogTable() {
        JsonNode catalog = TestData.json("payloads/spot-errors-catalog.doc.json");
        List<String> table = new ArrayList<>();
        for (JsonNode row : catalog.path("messageTables").get(0).path("rows")) {
            table.add(row.path("Error message").asText());
        }
        for (String msg : List.of(SpotErrors.MSG_UNKNOWN_ORDER, SpotErrors.MSG_DUPLICATE_ORDER,
                SpotErrors.MSG_MARKET_CLOSED, SpotErrors.MSG_INSUFFICIENT_BALANCE,
                SpotErrors.MSG_MARKET_ORDERS_NOT_SUPPORTED, SpotErrors.MSG_PRICE_QTY_ZERO_OR_LESS,
                SpotErrors.MSG_ORDER_WOULD_TRIGGER_IMMEDIATELY, SpotErrors.MSG_ORDER_WOULD_IMMEDIATELY_MATCH,
                SpotErrors.MSG_CANCEL_RESTRICTIONS, SpotErrors.MSG_CANCEL_ORDER_INVALID)) {
            assertThat(table).contains("\"" + msg + "\"");
        }
        assertThat(table).anyMatch(row -> row.startsWith("\"" + SpotErrors.MSG_NO_STATE_CHANGE + "\""));
        assertThat(SpotErrors.filterFailure("LOT_SIZE")).isEqualTo("Filter failure: LOT_SIZE");
    }

    @Test
    void unknownCode() {
        assertThat(SpotErrors.isKnown(-9999)).isFalse();
        assertThatThrownBy(() -> SpotErrors.message(-9999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-9999");
    }
}
