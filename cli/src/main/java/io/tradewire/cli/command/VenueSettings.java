package io.tradewire.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.tradewire.client.Endpoints;
import io.tradewire.client.spot.SpotWsApiClient;
import io.tradewire.core.decimal.Decimals;
import io.tradewire.core.signing.ApiCredentials;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.Signers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Connection settings resolved from, in order of precedence: command-line flags, environment variables, the TOML
 * config file. The config file holds:
 *
 * <pre>
 * endpoint = "testnet"                  # production | testnet | ws(s):// URL
 * api_key = "..."
 * secret = "..."                        # HMAC; or:
 * private_key = "/path/to/ed25519.pem"  # RSA or Ed25519 PKCS#8
 * private_key_password_env = "MY_PW"    # the password itself never goes into the file
 * recv_window_ms = "5000"
 * timeout_ms = 10000
 * </pre>
 */
final class VenueSettings {
    private static final Set<String> KEYS = Set.of("endpoint", "api_key", "secret", "private_key",
            "private_key_password_env", "recv_window_ms", "timeout_ms");

    final Endpoints endpoints;
    final ApiCredentials credentials;
    final String recvWindowMs;
    final Duration timeout;

    private VenueSettings(Endpoints endpoints, ApiCredentials credentials, String recvWindowMs, Duration timeout) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.recvWindowMs = recvWindowMs;
        this.timeout = timeout;
    }

    static VenueSettings resolve(VenueOptions flags, Map<String, String> env) {
        JsonNode file = readConfig(flags.config, env);
        String endpoint = first(flags.endpoint, env.get("TRADEWIRE_ENDPOINT"), text(file, "endpoint"));
        if (endpoint == null) {
            throw new IllegalArgumentException("no endpoint: give --endpoint production|testnet|URL, "
                    + "TRADEWIRE_ENDPOINT, or endpoint in the config file");
        }
        String apiKey = first(flags.apiKey, env.get("TRADEWIRE_API_KEY"), text(file, "api_key"));
        String secret = first(flags.secret, env.get("TRADEWIRE_SECRET"), text(file, "secret"));
        String keyFile = first(flags.privateKey == null ? null : flags.privateKey.toString(),
                env.get("TRADEWIRE_PRIVATE_KEY"), text(file, "private_key"));
        String passwordVar = first(flags.keyPasswordEnv, text(file, "private_key_password_env"),
                "TRADEWIRE_KEY_PASSWORD");
        ApiCredentials credentials = null;
        if (secret != null && keyFile != null) {
            throw new IllegalArgumentException("both an HMAC secret and a private key are configured; keep one");
        }
        if (secret != null || keyFile != null) {
            if (apiKey == null) {
                throw new IllegalArgumentException("a key is configured but no api key: give --api-key, "
                        + "TRADEWIRE_API_KEY, or api_key in the config file");
            }
            if (secret != null) {
                credentials = ApiCredentials.of(apiKey, Signers.hmac(secret));
            } else {
                String pw = env.get(passwordVar);
                credentials = ApiCredentials.of(apiKey, Signers.forPrivateKey(
                        KeyLoader.privateKeyFromFile(Path.of(keyFile), pw == null ? null : pw.toCharArray())));
            }
        }
        String recvWindow = first(flags.recvWindowMs, env.get("TRADEWIRE_RECV_WINDOW_MS"), text(file, "recv_window_ms"));
        String timeoutText = first(flags.timeoutMs == null ? null : flags.timeoutMs.toString(),
                env.get("TRADEWIRE_TIMEOUT_MS"), text(file, "timeout_ms"));
        Duration timeout = Duration.ofSeconds(10);
        if (timeoutText != null) {
            try {
                timeout = Duration.ofMillis(Long.parseLong(timeoutText));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("timeout_ms '" + timeoutText + "' must be a whole number of ms");
            }
        }
        return new VenueSettings(Endpoints.parse(endpoint), credentials, recvWindow, timeout);
    }

    SpotWsApiClient.Builder clientBuilder() {
        SpotWsApiClient.Builder b = SpotWsApiClient.builder().endpoints(endpoints).credentials(credentials)
                .requestTimeout(timeout).connectTimeout(timeout);
        if (recvWindowMs != null) {
            b.recvWindowMs(Decimals.parse(recvWindowMs));
        }
        return b;
    }

    private static JsonNode readConfig(Path flag, Map<String, String> env) {
        Path path = flag;
        boolean explicit = path != null;
        if (path == null && env.get("TRADEWIRE_CONFIG") != null) {
            path = Path.of(env.get("TRADEWIRE_CONFIG"));
            explicit = true;
        }
        if (path == null && env.get("HOME") != null) {
            path = Path.of(env.get("HOME"), ".config", "tradewire", "config.toml");
        }
        if (path == null || (!explicit && !Files.isRegularFile(path))) {
            return null;
        }
        try {
            JsonNode node = new TomlMapper().readTree(Files.readString(path));
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("config " + path + ": unknown key '" + key + "'; known: "
                            + new java.util.TreeSet<>(KEYS));
                }
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The parser's message may quote the offending line, which can hold a secret: give the position only.
            throw new IllegalArgumentException("config " + path + ": not valid TOML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("config " + path + ": cannot read", e);
        }
    }

    private static String text(JsonNode file, String key) {
        if (file == null || !file.has(key)) {
            return null;
        }
        return file.get(key).asText();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
