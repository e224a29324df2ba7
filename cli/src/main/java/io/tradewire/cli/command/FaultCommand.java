package io.tradewire.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradewire.simulator.fault.FaultKind;
import io.tradewire.simulator.fault.SimFaults;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradewire fault}: injects a fault into a running {@code tradewire sim} through its loopback control
 * endpoint ({@value SimFaults#CONTROL_PATH}).
 */
@Command(name = "fault", mixinStandardHelpOptions = true,
        description = {"Make a running simulator misbehave on purpose (or list/clear its faults).",
                "NAME is a fault: drop-before-engine, drop-after-engine, delay-response, error-5xx-before-engine, "
                        + "error-5xx-after-engine, timeout-before-engine, timeout-after-engine, rate-limit-weight, "
                        + "rate-limit-orders, ip-ban, ignore-pings, duplicate-user-data, reorder-user-data, "
                        + "delay-user-data;",
                "or an action: server-shutdown, shift-clock (--ms), list, clear.",
                "Example: tradewire fault --sim http://127.0.0.1:PORT drop-after-engine --method order.place --count 1"})
public final class FaultCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = "--sim", required = true, paramLabel = "URL",
            description = "the running simulator, e.g. http://127.0.0.1:PORT (its ws:// API URL works too)")
    private URI sim;

    @Parameters(index = "0", paramLabel = "NAME", description = "a fault name or list | clear | server-shutdown | shift-clock")
    private String name;

    @Option(names = "--method", description = "only requests of this method (user data faults: this event type)")
    private String method;

    @Option(names = "--api-key", paramLabel = "KEY", description = "only requests acting for this API key")
    private String apiKey;

    @Option(names = "--count", paramLabel = "N", description = "apply to the next N matching requests (default 1)")
    private Integer count;

    @Option(names = "--always", description = "apply until cleared")
    private boolean always;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "delay of delay-response / delay-user-data / reorder-user-data (default 1000)")
    private Long delayMs;

    @Option(names = "--status", description = "response status of the error faults (e.g. 503)")
    private Integer status;

    @Option(names = "--retry-after-ms", paramLabel = "MS", description = "retryAfter distance of the rate-limit faults")
    private Long retryAfterMs;

    @Option(names = "--ms", description = "shift-clock: milliseconds to move the venue clock (negative: back)")
    private Long ms;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "HTTP timeout (default ${DEFAULT-VALUE})",
            defaultValue = "PT5S")
    private Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        URI endpoint = endpoint(sim);
        HttpRequest.Builder req = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json");
        switch (name) {
            case "list":
                req.GET();
                break;
            case "clear":
                req.DELETE();
                break;
            default:
                req.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body())));
                break;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(resp.body().isEmpty() ? "{}" : resp.body());
        if (resp.statusCode() >= 400) {
            throw new IllegalStateException("the simulator refused (" + resp.statusCode() + "): "
                    + answer.path("error").asText(resp.body()));
        }
        out.println(JSON.writeValueAsString(answer));
        out.flush();
        return 0;
    }

    private ObjectNode body() {
        ObjectNode b = JSON.createObjectNode();
        if ("server-shutdown".equals(name)) {
            return b.put("fault", name);
        }
        if ("shift-clock".equals(name)) {
            if (ms == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "shift-clock needs --ms (e.g. --ms=-1500)");
            }
            return b.put("fault", name).put("ms", ms);
        }
        FaultKind kind;
        try {
            kind = FaultKind.of(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (always && count != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count and --always exclude each other");
        }
        b.put("fault", kind.wireName());
        if (method != null) {
            b.put("method", method);
        }
        if (apiKey != null) {
            b.put("apiKey", apiKey);
        }
        if (always) {
            b.put("always", true);
        } else if (count != null) {
            b.put("count", count);
        }
        if (delayMs != null) {
            b.put("delayMs", delayMs);
        }
        if (status != null) {
            b.put("status", status);
        }
        if (retryAfterMs != null) {
            b.put("retryAfterMs", retryAfterMs);
        }
        return b;
    }

    /** The control endpoint of the simulator at {@code sim}, whatever path or WebSocket scheme was given. */
    static URI endpoint(URI sim) {
        String scheme = sim.getScheme() == null ? "http" : sim.getScheme();
        if ("ws".equalsIgnoreCase(scheme)) {
            scheme = "http";
        } else if ("wss".equalsIgnoreCase(scheme)) {
            scheme = "https";
        }
        if (sim.getHost() == null || sim.getPort() < 0) {
            throw new IllegalArgumentException("--sim needs host and port, e.g. http://127.0.0.1:8090, not " + sim);
        }
        return URI.create(scheme + "://" + sim.getRawAuthority() + SimFaults.CONTROL_PATH);
    }
}
