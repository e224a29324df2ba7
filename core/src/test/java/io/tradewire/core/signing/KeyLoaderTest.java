package io.tradewire.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyLoaderTest {
    private static final String PASSWORD = "testpwd";

    private static JsonNode vector(String id) {
        for (JsonNode v : TestData.json("signing-vectors.json").path("vectors")) {
            if (v.path("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("no vector " + id);
    }

    private static String encryptedRsaPem() {
        return vector("python-binance-rsa-encrypted").path("privateKeyPem").asText();
    }

    private static String ed25519Pem() {
        return vector("python-binance-ed25519").path("privateKeyPem").asText();
    }

    @Test
    void loadsPlainPkcs8Ed25519() {
        PrivateKey key = KeyLoader.privateKeyFromPem(ed25519Pem(), null);
        assertThat(KeyLoader.keyTypeOf(key)).isEqualTo(KeyType.ED25519);
    }

    @Test
    void loadsEncryptedPkcs8Rsa() {
        PrivateKey key = KeyLoader.privateKeyFromPem(encryptedRsaPem(), PASSWORD.toCharArray());
        assertThat(KeyLoader.keyTypeOf(key)).isEqualTo(KeyType.RSA);
        // the decrypted key round-trips as a plain PKCS#8 PEM
        PrivateKey again = KeyLoader.privateKeyFromPem(KeyLoader.toPem(key), null);
        assertThat(again.getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void loadsPlainPkcs8RsaAndPkcs1Rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        PrivateKey plain = KeyLoader.privateKeyFromPem(KeyLoader.toPem(pair.getPrivate()), null);
        assertThat(plain.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());

        // PKCS#1: the OCTET STRING inside PKCS#8 (fixed 26-byte header for rsaEncryption with 2-byte lengths)
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] pkcs1 = java.util.Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----\n";
        assertThat(KeyLoader.privateKeyFromPem(pem, null).getEncoded()).isEqualTo(pkcs8);
    }

    @Test
    void wrongPasswordSaysSoWithoutTheSecret() {
        String wrong = "hunter2-wrong";
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(encryptedRsaPem(), wrong.toCharArray()))
                .isInstanceOf(KeyLoadException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong password")
                .hasMessageContaining("cannot decrypt")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(PASSWORD);
                    assertThat(e.toString()).doesNotContain(wrong);
                });
    }

    @Test
    void missingPasswordForEncryptedKey() {
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(encryptedRsaPem(), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("password is required");
    }

    @Test
    void garbageInputs() {
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem("hello", null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("not PEM");
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(null, null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("not PEM");
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(
                "-----BEGIN PRIVATE KEY-----\n!!!notbase64!!!\n-----END PRIVATE KEY-----\n", null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("not valid Base64");
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(
                "-----BEGIN PRIVATE KEY-----\nAAAAAAAA\n-----END PRIVATE KEY-----\n", null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("only RSA and Ed25519")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AAAAAAAA"));
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n", null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("END PRIVATE KEY");
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("unsupported PEM type 'CERTIFICATE'");
        assertThatThrownBy(() -> KeyLoader.publicKeyFromPem(ed25519Pem()))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("expected PUBLIC KEY");
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(
                KeyLoader.toPem(KeyLoader.generateEd25519().getPublic()), null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("PUBLIC KEY");
    }

    @Test
    void unsupportedAlgorithmIsNamed() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair ec = g.generateKeyPair();
        assertThatThrownBy(() -> KeyLoader.privateKeyFromPem(KeyLoader.toPem(ec.getPrivate()), null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("only RSA and Ed25519");
        assertThatThrownBy(() -> KeyLoader.keyTypeOf(ec.getPrivate()))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("unsupported key algorithm EC");
        assertThatThrownBy(() -> Signers.forPrivateKey(ec.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toPemRoundTripsAndUses64CharLines() {
        KeyPair pair = KeyLoader.generateEd25519();
        String privatePem = KeyLoader.toPem(pair.getPrivate());
        String publicPem = KeyLoader.toPem(pair.getPublic());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(KeyLoader.privateKeyFromPem(privatePem, null).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(KeyLoader.publicKeyFromPem(publicPem).getEncoded()).isEqualTo(pair.getPublic().getEncoded());

        PrivateKey rsa = KeyLoader.privateKeyFromPem(encryptedRsaPem(), PASSWORD.toCharArray());
        String rsaPem = KeyLoader.toPem(rsa);
        for (String line : rsaPem.split("\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(64);
        }
        assertThat(rsaPem.split("\n")[1]).hasSize(64);
        PublicKey rsaPublic = KeyLoader.publicKeyOf(rsa);
        assertThat(KeyLoader.publicKeyFromPem(KeyLoader.toPem(rsaPublic))).isEqualTo(rsaPublic);
        assertThat(KeyLoader.keyTypeOf(rsaPublic)).isEqualTo(KeyType.RSA);
    }

    @Test
    void generateEd25519SignsAndVerifies() {
        KeyPair pair = KeyLoader.generateEd25519();
        assertThat(KeyLoader.keyTypeOf(pair.getPrivate())).isEqualTo(KeyType.ED25519);
        assertThat(KeyLoader.keyTypeOf(pair.getPublic())).isEqualTo(KeyType.ED25519);
        RequestSigner signer = Signers.ed25519(pair.getPrivate());
        String sig = signer.sign("symbol=BTCUSDT");
        assertThat(Base64.getDecoder().decode(sig)).hasSize(64);
        assertThat(SignatureVerifier.forPublicKey(pair.getPublic())
                .verify("symbol=BTCUSDT".getBytes(StandardCharsets.UTF_8), sig)).isTrue();
        // deriving the public key from the private key gives the generator's public key
        assertThat(KeyLoader.publicKeyOf(pair.getPrivate()).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(KeyLoader.generateEd25519().getPublic()).isNotEqualTo(pair.getPublic());
    }

    @Test
    void keyTypeOfHmacSecretKey() {
        assertThat(KeyLoader.keyTypeOf(new SecretKeySpec(new byte[32], "HmacSHA256"))).isEqualTo(KeyType.HMAC);
    }

    @Test
    void loadsFromFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, encryptedRsaPem());
        assertThat(KeyLoader.keyTypeOf(KeyLoader.privateKeyFromFile(file, PASSWORD.toCharArray())))
                .isEqualTo(KeyType.RSA);
        assertThatThrownBy(() -> KeyLoader.privateKeyFromFile(dir.resolve("missing.pem"), null))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining("cannot read key file");
    }

    @Test
    void signersRejectMismatchedKeys() {
        PrivateKey ed = KeyLoader.generateEd25519().getPrivate();
        PrivateKey rsa = KeyLoader.privateKeyFromPem(encryptedRsaPem(), PASSWORD.toCharArray());
        assertThatThrownBy(() -> Signers.rsa(ed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an RSA");
        assertThatThrownBy(() -> Signers.ed25519(rsa)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an ED25519");
        assertThat(Signers.forPrivateKey(rsa).keyType()).isEqualTo(KeyType.RSA);
        assertThat(Signers.forPrivateKey(ed).keyType()).isEqualTo(KeyType.ED25519);
    }
}
