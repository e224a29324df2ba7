package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message the server layer produces matches a message template of errors.md for its code. */
class ErrorsCatalogTest {

    private static boolean matchesCatalog(JsonNode catalog, ApiError e) {
        for (JsonNode c : catalog.path("codes")) {
            if (c.path("code").asInt() != e.code()) {
                continue;
            }
            for (JsonNode m : c.path("messages")) {
                String regex = Pattern.quote(m.asText()).replace("%s", "\\E.+\\Q").replace("%d", "\\E.+\\Q");
                if (e.msg().matches(regex)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void messagesAreVerbatimFromTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("payloads/spot-errors-catalog.doc.json")) {
            catalog = WsTestClient.MAPPER.readTree(in);
        }
        List<ApiError> all = new ArrayList<>(List.of(Errors.invalidJson(), Errors.unsupportedMethod(), Errors.duplicateParam(),
                Errors.mandatory("symbol"), Errors.eitherMandatory("orderId", "origClientOrderId"),
                Errors.tooLarge("recvWindow", 60000), Errors.illegalChars("quantity", Errors.DECIMAL_RANGE),
                Errors.tooMuchPrecision("recvWindow"), Errors.invalidData("newOrderRespType"), Errors.badCombination(),
                Errors.invalidSide(), Errors.invalidOrderType(), Errors.invalidTif(), Errors.emptyNewClientOrderId(),
                Errors.invalidSymbol(), Errors.timestampOutsideRecvWindow(), Errors.timestampAhead(),
                Errors.invalidSignature(), Errors.rejectedApiKey(), Errors.logonKeyTypeNotSupported(), Errors.unknown(),
                Errors.tooMuchWeight(6000, 1), Errors.tooManyOrders(100, "10 SECOND", 1)));
        for (ApiError e : all) {
            assertThat(matchesCatalog(catalog, e)).as(e.code() + " " + e.msg()).isTrue();
        }
        // -1145 and -2011's restriction text come from web-socket-api.md's order.cancel section, not errors.md.
        assertThat(Errors.invalidCancelRestrictions().msg()).isEqualTo("Invalid cancelRestrictions");
        assertThat(Errors.cancelRestricted().msg()).isEqualTo("Order was not canceled due to cancel restrictions.");
    }
}
