package io.tradewire.cli.command;

import io.tradewire.client.Endpoints;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueSettingsTest {
    @TempDir
    Path dir;

    private Path config(String toml) throws Exception {
        Path f = dir.resolve("config.toml");
        Files.writeString(f, toml);
        return f;
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheConfigFile() throws Exception {
        Path file = config("endpoint = \"testnet\"\napi_key = \"file-key\"\nsecret = \"file-secret\"\n"
                + "timeout_ms = 1234\nrecv_window_ms = \"2500.5\"\n");
        VenueOptions flags = new VenueOptions();
        flags.config = file;
        VenueSettings fromFile = VenueSettings.resolve(flags, Map.of());
        assertThat(fromFile.endpoints).isSameAs(Endpoints.TESTNET);
        assertThat(fromFile.credentials.apiKey()).isEqualTo("file-key");
        assertThat(fromFile.credentials.keyType()).isEqualTo(KeyType.HMAC);
        assertThat(fromFile.timeout).isEqualTo(Duration.ofMillis(1234));
        assertThat(fromFile.recvWindowMs).isEqualTo("2500.5");

        VenueSettings fromEnv = VenueSettings.resolve(flags, Map.of("TRADEWIRE_ENDPOINT", "production",
                "TRADEWIRE_API_KEY", "env-key"));
        assertThat(fromEnv.endpoints).isSameAs(Endpoints.PRODUCTION);
        assertThat(fromEnv.credentials.apiKey()).isEqualTo("env-key");

        flags.endpoint = "ws://127.0.0.1:9/ws-api/v3";
        flags.apiKey = "flag-key";
        VenueSettings fromFlags = VenueSettings.resolve(flags, Map.of("TRADEWIRE_ENDPOINT", "production",
                "TRADEWIRE_API_KEY", "env-key"));
        assertThat(fromFlags.endpoints.wsApi().toString()).isEqualTo("ws://127.0.0.1:9/ws-api/v3");
        assertThat(fromFlags.credentials.apiKey()).isEqualTo("flag-key");
    }

    @Test
    void configFileFromEnvironmentAndPrivateKeyPasswordFromNamedVariable() throws Exception {
        Path pem = dir.resolve("ed.pem");
        Files.writeString(pem, KeyLoader.toPem(KeyLoader.generateEd25519().getPrivate()));
        Path file = config("endpoint = \"testnet\"\napi_key = \"k\"\nprivate_key = \"" + pem + "\"\n"
                + "private_key_password_env = \"MY_PW\"\n");
        VenueSettings s = VenueSettings.resolve(new VenueOptions(), Map.of("TRADEWIRE_CONFIG", file.toString()));
        assertThat(s.credentials.keyType()).isEqualTo(KeyType.ED25519);
    }

    @Test
    void missingAndConflictingSettingsAreNamed() throws Exception {
        assertThatThrownBy(() -> VenueSettings.resolve(new VenueOptions(), Map.of()))
                .hasMessageContaining("no endpoint");
        VenueOptions flags = new VenueOptions();
        flags.endpoint = "testnet";
        flags.secret = "s";
        assertThatThrownBy(() -> VenueSettings.resolve(flags, Map.of())).hasMessageContaining("no api key");
        flags.apiKey = "k";
        flags.privateKey = dir.resolve("x.pem");
        assertThatThrownBy(() -> VenueSettings.resolve(flags, Map.of())).hasMessageContaining("keep one");
        VenueOptions bad = new VenueOptions();
        bad.config = config("endpoint = \"testnet\"\nsecrett = \"typo-secret-value\"\n");
        assertThatThrownBy(() -> VenueSettings.resolve(bad, Map.of())).hasMessageContaining("unknown key 'secrett'");
        VenueOptions broken = new VenueOptions();
        broken.config = config("secret = \"do-not-echo-me\nendpoint = \n");
        assertThatThrownBy(() -> VenueSettings.resolve(broken, Map.of()))
                .hasMessageContaining("not valid TOML").hasMessageNotContaining("do-not-echo-me");
    }

    @Test
    void aWrongSchemeIsRejected() {
        VenueOptions flags = new VenueOptions();
        flags.endpoint = "http://example.invalid/ws-api/v3";
        assertThatThrownBy(() -> VenueSettings.resolve(flags, Map.of())).hasMessageContaining("scheme must be ws or wss");
    }
}
