package io.tradewire.cli.command;

import io.tradewire.client.ApiResponse;
import io.tradewire.client.spot.ServerTime;
import io.tradewire.client.spot.SpotWsApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code tradewire time}: checks connectivity and the local clock against the venue's. */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Connect, ask the venue for its time, print the round trip and the clock offset.")
public final class TimeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private VenueOptions venue;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        VenueSettings settings = VenueSettings.resolve(venue, System.getenv());
        try (SpotWsApiClient client = settings.clientBuilder().autoLogon(false).build()) {
            client.connect().get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS);
            long sent = System.currentTimeMillis();
            ApiResponse<ServerTime> r = client.time().get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS);
            long received = System.currentTimeMillis();
            // The venue read its clock about half-way through the round trip.
            long offset = r.result().serverTimeMs() - (sent + received) / 2;
            out.printf("endpoint:    %s%n", settings.endpoints.wsApi());
            out.printf("server time: %d%n", r.result().serverTimeMs());
            out.printf("round trip:  %.3f ms%n", r.roundTripNs() / 1e6);
            out.printf("offset:      %+d ms (venue minus local)%n", offset);
        }
        out.flush();
        return 0;
    }
}
