package io.tradewire.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fault and ban answers use errors.md's messages for their codes. */
class FaultAnswersTest {

    private static boolean matchesCatalog(JsonNode catalog, ApiError e) {
        for (JsonNode c : catalog.path("codes")) {
            if (c.path("code").asInt() != e.code()) {
                continue;
            }
            for (JsonNode m : c.path("messages")) {
                String regex = Pattern.quote(m.asText()).replace("%s", "\\E.+\\Q");
                if (e.msg().matches(regex)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void messagesAreFromTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("payloads/spot-errors-catalog.doc.json")) {
            catalog = WsTestClient.MAPPER.readTree(in);
        }
        for (ApiError e : List.of(FaultAnswers.ipBanned(418, 1659146400000L), FaultAnswers.serverError(500),
                FaultAnswers.timeout(503), FaultAnswers.tooMuchWeight(429, 6000, 1), FaultAnswers.tooManyOrders(429, 100, 1))) {
            assertThat(matchesCatalog(catalog, e)).as(e.code() + " " + e.msg()).isTrue();
        }
        // The documented example of web-socket-api.md, verbatim.
        assertThat(FaultAnswers.ipBanned(418, 1659146400000L).msg()).isEqualTo("Way too much request weight used; IP banned "
                + "until 1659146400000. Please use WebSocket Streams for live updates to avoid bans.");
    }
}
