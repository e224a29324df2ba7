package io.tradewire.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.KeyType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsFileTest {
    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    @TempDir
    Path dir;

    private static String ed25519Pem() {
        return KeyLoader.toPem(KeyLoader.generateEd25519().getPublic());
    }

    private static String rsaPem() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair p = g.generateKeyPair();
        return KeyLoader.toPem(p.getPublic());
    }

    private Path write(String toml) throws Exception {
        Path f = dir.resolve("accounts.toml");
        Files.writeString(f, toml);
        return f;
    }

    @Test
    void loadsAllThreeKeyTypes() throws Exception {
        Path f = write("[[account]]\n"
                + "api_key = \"hmac-key\"\n"
                + "key_type = \"HMAC\"\n"
                + "secret = \"" + SECRET + "\"\n"
                + "balances = { USDT = \"100000\", BTC = \"10.5\" }\n\n"
                + "[[account]]\n"
                + "api_key = \"rsa-key\"\n"
                + "key_type = \"RSA\"\n"
                + "public_key = \"\"\"\n" + rsaPem() + "\"\"\"\n"
                + "balances = { ETH = 3 }\n\n"
                + "[[account]]\n"
                + "api_key = \"ed-key\"\n"
                + "key_type = \"ed25519\"\n"
                + "public_key = \"\"\"\n" + ed25519Pem() + "\"\"\"\n"
                + "unknown_field = \"tolerated\"\n");
        List<SimAccount> accounts = AccountsFile.load(f);
        assertThat(accounts).extracting(SimAccount::apiKey).containsExactly("hmac-key", "rsa-key", "ed-key");
        assertThat(accounts).extracting(SimAccount::keyType).containsExactly(KeyType.HMAC, KeyType.RSA, KeyType.ED25519);
        assertThat(accounts.get(0).balances()).containsEntry("USDT", new BigDecimal("100000"))
                .containsEntry("BTC", new BigDecimal("10.5"));
        assertThat(accounts.get(1).balances()).containsEntry("ETH", new BigDecimal("3"));
        assertThat(accounts.get(2).balances()).isEmpty();
        assertThat(accounts.get(0).toString()).doesNotContain(SECRET).contains("HMAC");
    }

    @Test
    void missingKeyTypeNamesAccountAndField() {
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\n[[account]]\napi_key = \"b\"\n", "f.toml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#1").hasMessageContaining("key_type");
    }

    @Test
    void unknownKeyTypeIsReported() {
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\nkey_type = \"DSA\"\n", "f.toml"))
                .hasMessageContaining("key_type").hasMessageContaining("DSA");
    }

    @Test
    void hmacWithoutSecretIsReported() {
        assertThatThrownBy(() -> AccountsFile.parse(
                "[[account]]\napi_key = \"a\"\nkey_type = \"HMAC\"\nsecret = \"s\"\n"
                        + "[[account]]\napi_key = \"b\"\nkey_type = \"HMAC\"\n", "f.toml"))
                .hasMessageContaining("#2").hasMessageContaining("secret");
    }

    @Test
    void badPemIsReported() {
        assertThatThrownBy(() -> AccountsFile.parse(
                "[[account]]\napi_key = \"a\"\nkey_type = \"ED25519\"\npublic_key = \"not a pem\"\n", "f.toml"))
                .hasMessageContaining("#1").hasMessageContaining("public_key");
    }

    @Test
    void keyTypeMustMatchThePem() throws Exception {
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\nkey_type = \"RSA\"\npublic_key = \"\"\"\n"
                + ed25519Pem() + "\"\"\"\n", "f.toml"))
                .hasMessageContaining("public_key").hasMessageContaining("ED25519").hasMessageContaining("RSA");
    }

    @Test
    void badBalanceIsReported() {
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\nkey_type = \"HMAC\"\nsecret = \"s\"\n"
                + "balances = { USDT = \"abc\" }\n", "f.toml"))
                .hasMessageContaining("balances.USDT").hasMessageContaining("abc");
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\nkey_type = \"HMAC\"\nsecret = \"s\"\n"
                + "balances = { USDT = \"-1\" }\n", "f.toml"))
                .hasMessageContaining("negative");
    }

    @Test
    void duplicateApiKeyIsReported() {
        String one = "[[account]]\napi_key = \"a\"\nkey_type = \"HMAC\"\nsecret = \"s\"\n";
        assertThatThrownBy(() -> AccountsFile.parse(one + one, "f.toml")).hasMessageContaining("#2").hasMessageContaining("api_key");
    }

    @Test
    void invalidTomlDoesNotEchoContent() {
        assertThatThrownBy(() -> AccountsFile.parse("[[account]]\napi_key = \"a\"\nsecret = " + SECRET + "\n", "f.toml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid TOML")
                .hasMessageNotContaining(SECRET.substring(0, 10));
    }

    @Test
    void noAccountsIsReported() {
        assertThatThrownBy(() -> AccountsFile.parse("title = \"x\"\n", "f.toml")).hasMessageContaining("[[account]]");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> AccountsFile.load(dir.resolve("nope.toml"))).isInstanceOf(UncheckedIOException.class);
    }
}
