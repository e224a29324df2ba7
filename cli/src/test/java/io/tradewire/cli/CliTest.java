package io.tradewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewire.client.Endpoints;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.Signers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Output of one in-process run. */
    private static final class Run {
        final int exit;
        final String out;
        final String err;

        Run(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode vector(String id) throws Exception {
        Path file = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && file == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/signing-vectors.json");
            if (Files.isRegularFile(candidate)) {
                file = candidate;
            }
        }
        assertThat(file).as("shared/testdata beside the repository").isNotNull();
        for (JsonNode v : JSON.readTree(file.toFile()).get("vectors")) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no vector " + id);
    }

    @Test
    void signHmacFromParamsBuildsTheCanonicalPayload() throws Exception {
        JsonNode v = vector("doc-wsapi-hmac-ascii");
        List<String> args = new ArrayList<>(List.of("sign", "--secret", v.get("secretKey").asText()));
        // Give the params in a scrambled order: the command must sort them.
        String[] pairs = v.get("payload").asText().split("&");
        for (int i = pairs.length - 1; i >= 0; i--) {
            args.add("--param");
            args.add(pairs[i]);
        }
        Run r = run(args.toArray(new String[0]));
        assertThat(r.exit).isZero();
        assertThat(r.out.strip().split("\\R")[0]).isEqualTo(v.get("payload").asText());
        assertThat(r.lastLine()).isEqualTo(v.get("expectedSignature").asText());
    }

    @Test
    void signNonAsciiPayloadAsIs() throws Exception {
        JsonNode v = vector("doc-wsapi-hmac-nonascii");
        Run r = run("sign", "--secret", v.get("secretKey").asText(), "--payload", v.get("payload").asText());
        assertThat(r.exit).isZero();
        assertThat(r.lastLine()).isEqualTo(v.get("expectedSignature").asText());
    }

    @Test
    void signWithEncryptedRsaKeyAndWithEd25519Key(@TempDir Path dir) throws Exception {
        JsonNode rsa = vector("python-binance-rsa-encrypted");
        Path rsaFile = dir.resolve("rsa.pem");
        Files.writeString(rsaFile, rsa.get("privateKeyPem").asText(), StandardCharsets.UTF_8);
        Run r = run("sign", "--private-key", rsaFile.toString(), "--password", rsa.get("privateKeyPassword").asText(),
                "--payload", rsa.get("payload").asText());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.lastLine()).isEqualTo(rsa.get("expectedSignature").asText());

        JsonNode ed = vector("python-binance-ed25519");
        Path edFile = dir.resolve("ed.pem");
        Files.writeString(edFile, ed.get("privateKeyPem").asText(), StandardCharsets.UTF_8);
        Run e = run("sign", "--private-key", edFile.toString(), "--payload", ed.get("payload").asText());
        assertThat(e.exit).as(e.err).isZero();
        assertThat(e.lastLine()).isEqualTo(ed.get("expectedSignature").asText());
    }

    @Test
    void signReportsAWrongPasswordWithoutEchoingIt(@TempDir Path dir) throws Exception {
        JsonNode rsa = vector("python-binance-rsa-encrypted");
        Path rsaFile = dir.resolve("rsa.pem");
        Files.writeString(rsaFile, rsa.get("privateKeyPem").asText(), StandardCharsets.UTF_8);
        Run r = run("sign", "--private-key", rsaFile.toString(), "--password", "hunter2-wrong", "--payload", "a=b");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("password").doesNotContain("hunter2-wrong");
        assertThat(r.out).isEmpty();
    }

    @Test
    void signRejectsMalformedParams() {
        Run r = run("sign", "--secret", "s", "--param", "novalue");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("--param 'novalue' must be name=value");
        Run both = run("sign", "--secret", "s", "--private-key", "x.pem", "--payload", "a");
        assertThat(both.exit).isNotZero();
        assertThat(both.err).contains("mutually exclusive");
    }

    @Test
    void demoRunsTheOrderPathAgainstTheEmbeddedSimulator() {
        Run r = run("demo", "--warmup", "20", "--measure", "20");
        assertThat(r.exit).as(r.out + r.err).isZero();
        assertThat(r.out)
                .contains("logged on: true")
                .contains("status=FILLED")
                .contains("status=CANCELED")
                .contains("Demo finished OK.");
    }

    @Test
    void simServesTheAccountsOfAFile(@TempDir Path dir) throws Exception {
        Path accounts = dir.resolve("accounts.toml");
        Files.writeString(accounts, "[[account]]\napi_key = \"cli-test-key\"\nkey_type = \"HMAC\"\n"
                + "secret = \"cli-test-secret\"\nbalances = { USDT = \"1000\" }\n");
        StringWriter out = new StringWriter();
        Thread sim = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "sim", "--accounts", accounts.toString()), "cli-sim");
        sim.start();
        try {
            Pattern url = Pattern.compile("WebSocket API: (ws://\\S+)");
            await().atMost(Duration.ofSeconds(20)).until(() -> url.matcher(out.toString()).find());
            Matcher m = url.matcher(out.toString());
            assertThat(m.find()).isTrue();
            assertThat(out.toString()).contains("accounts: 1");
            try (SpotWsApiClient client = SpotWsApiClient.builder()
                    .endpoints(Endpoints.of(URI.create(m.group(1)), null))
                    .credentials(ApiCredentials.of("cli-test-key", Signers.hmac("cli-test-secret"))).build()) {
                client.connect().get(10, TimeUnit.SECONDS);
                assertThat(client.time().get(10, TimeUnit.SECONDS).result().serverTimeMs()).isPositive();
            }
        } finally {
            sim.interrupt();
            sim.join(TimeUnit.SECONDS.toMillis(20));
        }
        assertThat(sim.isAlive()).isFalse();
    }

    @Test
    void simReportsABadAccountsFile(@TempDir Path dir) throws Exception {
        Path accounts = dir.resolve("bad.toml");
        Files.writeString(accounts, "[[account]]\napi_key = \"k\"\nkey_type = \"HMAC\"\n");
        Run r = run("sim", "--accounts", accounts.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("secret");
    }
}
