package io.tradewire.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewire.core.TestData;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SigningVectorsTest {

    static Stream<JsonNode> vectors() {
        List<JsonNode> list = new ArrayList<>();
        TestData.json("signing-vectors.json").path("vectors").forEach(list::add);
        return list.stream();
    }

    static Stream<JsonNode> verifiedVectors() {
        return vectors().filter(v -> v.path("verified").asBoolean(false));
    }

    static Stream<JsonNode> formatOnlyVectors() {
        return vectors().filter(v -> v.path("verified").isNull());
    }

    static Stream<JsonNode> brokenVectors() {
        return vectors().filter(v -> v.path("verified").isBoolean() && !v.path("verified").asBoolean());
    }

    private static byte[] payload(JsonNode v) {
        return v.path("payload").asText().getBytes(StandardCharsets.UTF_8);
    }

    private static PrivateKey privateKey(JsonNode v) {
        String password = v.path("privateKeyPassword").asText(null);
        return KeyLoader.privateKeyFromPem(v.path("privateKeyPem").asText(),
                password == null ? null : password.toCharArray());
    }

    @Test
    void theVectorFileHasTheExpectedMix() {
        assertThat(verifiedVectors().count()).isEqualTo(6);
        assertThat(brokenVectors().map(v -> v.path("id").asText()))
                .containsExactlyInAnyOrder("doc-rest-ed25519-ascii", "doc-rest-ed25519-nonascii");
        assertThat(formatOnlyVectors().count()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedVectors")
    void verifiedVectorReproducesByteForByte(JsonNode v) {
        String scheme = v.path("scheme").asText();
        RequestSigner signer;
        SignatureVerifier verifier;
        if (scheme.equals("HMAC_SHA256")) {
            signer = Signers.hmac(v.path("secretKey").asText());
            verifier = SignatureVerifier.hmac(v.path("secretKey").asText());
            assertThat(signer.keyType()).isEqualTo(KeyType.HMAC);
        } else {
            PrivateKey key = privateKey(v);
            signer = Signers.forPrivateKey(key);
            verifier = SignatureVerifier.forPublicKey(KeyLoader.publicKeyOf(key));
            assertThat(signer.keyType()).isEqualTo(scheme.equals("ED25519") ? KeyType.ED25519 : KeyType.RSA);
        }
        String expected = v.path("expectedSignature").asText();

        assertThat(signer.sign(payload(v))).isEqualTo(expected);
        assertThat(signer.sign(v.path("payload").asText())).isEqualTo(expected);
        assertThat(verifier.verify(payload(v), expected)).isTrue();
        assertThat(verifier.verify((v.path("payload").asText() + "&x=1").getBytes(StandardCharsets.UTF_8), expected))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVectors")
    void brokenDocEd25519SignaturesFailVerification(JsonNode v) {
        assertThat(v.path("scheme").asText()).isEqualTo("ED25519");
        String signature = v.path("expectedSignature").asText();
        // The docs publish neither key; when a vector carries a private key, verify against its public half.
        List<PublicKey> candidates = new ArrayList<>();
        if (v.hasNonNull("privateKeyPem")) {
            candidates.add(KeyLoader.publicKeyOf(privateKey(v)));
        }
        candidates.add(KeyLoader.generateEd25519().getPublic());
        JsonNode pythonEd = verifiedVectors().filter(x -> x.path("scheme").asText().equals("ED25519"))
                .findFirst().orElseThrow();
        candidates.add(KeyLoader.publicKeyOf(privateKey(pythonEd)));

        for (PublicKey key : candidates) {
            assertThat(SignatureVerifier.forPublicKey(key).verify(payload(v), signature)).isFalse();
        }
        // and the reason is structural: not a 64-byte signature
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            decoded = null;
        }
        assertThat(decoded == null || decoded.length != 64).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatOnlyVectors")
    void formatOnlyVectorsHaveTheRightShape(JsonNode v) {
        String signature = v.path("expectedSignature").asText();
        byte[] raw = Base64.getDecoder().decode(signature);
        assertThat(Base64.getEncoder().encodeToString(raw)).isEqualTo(signature);
        if (v.path("scheme").asText().equals("ED25519")) {
            assertThat(raw).hasSize(64);
            assertThat(signature).hasSize(88);
        } else {
            assertThat(raw).hasSize(256);
            assertThat(signature).hasSize(344);
        }
        // our own signer produces the same shape for the same payload
        KeyPair pair = KeyLoader.generateEd25519();
        if (v.path("scheme").asText().equals("ED25519")) {
            String ours = Signers.ed25519(pair.getPrivate()).sign(payload(v));
            assertThat(ours).hasSize(88);
            assertThat(SignatureVerifier.forPublicKey(pair.getPublic()).verify(payload(v), ours)).isTrue();
            assertThat(SignatureVerifier.forPublicKey(pair.getPublic()).verify(payload(v), signature)).isFalse();
        }
    }

    @Test
    void rsaSignatureFromGeneratedKeyHasDocShape() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        String sig = Signers.rsa(pair.getPrivate()).sign("a=1");
        assertThat(sig).hasSize(344).endsWith("==");
        SignatureVerifier verifier = SignatureVerifier.forPublicKey(pair.getPublic());
        assertThat(verifier.keyType()).isEqualTo(KeyType.RSA);
        assertThat(verifier.verify("a=1".getBytes(StandardCharsets.UTF_8), sig)).isTrue();
        assertThat(verifier.verify("a=2".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
    }
}
