package io.tradewire.client.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The endpoint table: every row is a route the venue serves, with the security and resend rule of its kind. */
class RestEndpointTest {
    private static RestVenue venue;

    @BeforeAll
    static void start() {
        venue = new RestVenue();
    }

    @AfterAll
    static void stop() {
        venue.close();
    }

    @Test
    void everyEndpointIsServedWithItsHttpMethod() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = venue.sim.restBaseUri().toString().replaceAll("/$", "");
        assertThat(RestEndpoint.all()).hasSize(40); // every route of the simulator's RestRoutes
        for (RestEndpoint ep : RestEndpoint.all()) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + ep.path)).timeout(Duration.ofSeconds(5))
                    .method(ep.httpMethod, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
            // Without parameters or a key every route answers an error of its own, never "not found".
            assertThat(answer.statusCode()).as(ep.toString()).isNotEqualTo(404).isBetween(200, 499);
            assertThat(answer.body()).as(ep.toString()).doesNotContain("404 Not found");
        }
    }

    @Test
    void writesAreSignedAndNeverResentReadsMayBe() {
        assertThat(RestEndpoint.all().stream().filter(ep -> ep.mutating).map(ep -> ep.method)
                .collect(Collectors.toList())).containsExactlyInAnyOrder("order.place", "order.cancel",
                "order.cancelReplace", "order.amend.keepPriority", "openOrders.cancelAll", "orderList.place.oco",
                "orderList.place.oto", "orderList.place.otoco", "orderList.cancel", "sor.order.place");
        assertThat(RestEndpoint.all()).filteredOn(ep -> ep.mutating).allMatch(ep -> ep.signed)
                .noneMatch(ep -> ep.httpMethod.equals("GET"));
        assertThat(RestEndpoint.all()).filteredOn(ep -> ep.httpMethod.equals("GET") && !ep.path.startsWith(
                "/api/v3/ticker")).extracting(ep -> ep.method).contains("order.status", "myAllocations", "depth");
        assertThat(RestEndpoint.of("myAllocations").weight).isEqualTo(20);
        assertThat(RestEndpoint.of("orderList.place.otoco").orders).isEqualTo(3);
        assertThat(RestEndpoint.of("order.test").signed).isTrue();
        assertThat(RestEndpoint.of("order.test").mutating).isFalse();
        assertThat(RestEndpoint.of("ticker.book").path).isEqualTo("/api/v3/ticker/bookTicker");
        assertThat(RestEndpoint.of("klines").signed).isFalse();
        assertThatThrownBy(() -> RestEndpoint.of("session.logon")).isInstanceOf(IllegalArgumentException.class);
    }
}
