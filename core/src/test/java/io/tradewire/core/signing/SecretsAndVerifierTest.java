package io.tradewire.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradewire.core.error.BinanceApiException;
import io.tradewire.core.error.ErrorPayloads;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsAndVerifierTest {
    private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final byte[] PAYLOAD = "symbol=BTCUSDT&timestamp=1".getBytes(StandardCharsets.UTF_8);

    @Test
    void toStringsNeverShowSecrets() {
        RequestSigner hmac = Signers.hmac(SECRET);
        ApiCredentials credentials = ApiCredentials.of(API_KEY, hmac);
        assertThat(hmac.toString()).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 8)).contains("HMAC");
        assertThat(credentials.toString()).isEqualTo("ApiCredentials[apiKey=vmPU…, keyType=HMAC]")
                .doesNotContain(API_KEY).doesNotContain(SECRET);
        assertThat(SignatureVerifier.hmac(SECRET).toString()).doesNotContain(SECRET);

        KeyPair pair = KeyLoader.generateEd25519();
        RequestSigner ed = Signers.ed25519(pair.getPrivate());
        String keyB64 = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        assertThat(ed.toString()).doesNotContain(keyB64).isEqualTo("RequestSigner[ED25519]");
        assertThat(ApiCredentials.of(API_KEY, ed).toString()).doesNotContain(keyB64).contains("ED25519");
        assertThat(credentials.apiKey()).isEqualTo(API_KEY);
        assertThat(credentials.signer()).isSameAs(hmac);
        assertThat(credentials.keyType()).isEqualTo(KeyType.HMAC);
    }

    @Test
    void exceptionsNeverShowSecrets() {
        RequestSigner hmac = Signers.hmac(SECRET);
        String signature = hmac.sign(PAYLOAD);
        BinanceApiException e = ErrorPayloads.parse(400, "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(signature);
        BinanceApiException notSent = BinanceApiException.notSent("order.place", "not connected");
        assertThat(notSent.toString()).doesNotContain(SECRET).doesNotContain(API_KEY);
        assertThatThrownBy(() -> ApiCredentials.of(" ", hmac)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(x -> assertThat(x.getMessage()).doesNotContain(SECRET));
        assertThatThrownBy(() -> Signers.hmac("")).hasMessageNotContaining(SECRET);
    }

    @Test
    void redaction() {
        assertThat(Redaction.redact(SECRET)).isEqualTo("NhqP****");
        assertThat(Redaction.redact("short")).isEqualTo("****");
        assertThat(Redaction.redact("")).isEqualTo("****");
        assertThat(Redaction.redact(null)).isEqualTo("null");
        assertThat(Redaction.redact(SECRET)).doesNotContain(SECRET.substring(0, 5));
    }

    @Test
    void hmacVerifierIsCaseInsensitiveAndRejectsGarbage() {
        SignatureVerifier verifier = SignatureVerifier.hmac(SECRET);
        String sig = Signers.hmac(SECRET).sign(PAYLOAD);
        assertThat(sig).matches("[0-9a-f]{64}");
        assertThat(verifier.keyType()).isEqualTo(KeyType.HMAC);
        assertThat(verifier.verify(PAYLOAD, sig)).isTrue();
        assertThat(verifier.verify(PAYLOAD, sig.toUpperCase())).isTrue();
        assertThat(verifier.verify(PAYLOAD, sig.substring(2))).isFalse();
        assertThat(verifier.verify(PAYLOAD, sig.substring(1))).isFalse();
        assertThat(verifier.verify(PAYLOAD, "zz" + sig.substring(2))).isFalse();
        assertThat(verifier.verify(PAYLOAD, "")).isFalse();
        assertThat(verifier.verify(PAYLOAD, null)).isFalse();
        assertThat(verifier.verify(null, sig)).isFalse();
        assertThat(SignatureVerifier.hmac("other").verify(PAYLOAD, sig)).isFalse();
    }

    @Test
    void asymmetricVerifierNeverThrows() {
        KeyPair pair = KeyLoader.generateEd25519();
        SignatureVerifier verifier = SignatureVerifier.forPublicKey(pair.getPublic());
        assertThat(verifier.verify(PAYLOAD, "not base64 !!")).isFalse();
        assertThat(verifier.verify(PAYLOAD, "")).isFalse();
        assertThat(verifier.verify(PAYLOAD, "AAAA")).isFalse();
        assertThat(verifier.verify(PAYLOAD, Base64.getEncoder().encodeToString(new byte[64]))).isFalse();
        assertThat(verifier.verify(PAYLOAD, Base64.getEncoder().encodeToString(new byte[256]))).isFalse();
    }

    @Test
    void signersAreThreadSafe() throws Exception {
        RequestSigner hmac = Signers.hmac(SECRET);
        RequestSigner ed = Signers.ed25519(KeyLoader.generateEd25519().getPrivate());
        String expectedHmac = hmac.sign(PAYLOAD);
        String expectedEd = ed.sign(PAYLOAD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> {
                    for (int j = 0; j < 50; j++) {
                        if (!hmac.sign(PAYLOAD).equals(expectedHmac) || !ed.sign(PAYLOAD).equals(expectedEd)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
