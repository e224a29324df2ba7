package io.tradewire.core.signing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/** signInto writes exactly what sign returns, from a slice of a larger buffer. */
class SignIntoTest {
    private static final String PAYLOAD = "apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
            + "&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC"
            + "&timestamp=1645423376532&type=LIMIT";

    private static String viaSignInto(RequestSigner signer, String payload) {
        byte[] p = ("xx" + payload + "yy").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[signer.maxSignatureLength() + 10];
        int n = signer.signInto(p, 2, p.length - 4, out, 5);
        return new String(out, 5, n, StandardCharsets.US_ASCII);
    }

    @Test
    void hmacMatchesTheDocumentedSignatureWithoutAllocatingAString() {
        RequestSigner hmac = Signers.hmac("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
        assertThat(viaSignInto(hmac, PAYLOAD))
                .isEqualTo("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24")
                .isEqualTo(hmac.sign(PAYLOAD));
        assertThat(hmac.maxSignatureLength()).isEqualTo(64);
        // The Mac is reused: a second signature is not polluted by the first.
        assertThat(viaSignInto(hmac, PAYLOAD)).isEqualTo(hmac.sign(PAYLOAD));
    }

    @Test
    void ed25519DefaultPathMatchesSign() {
        KeyPair kp = KeyLoader.generateEd25519();
        RequestSigner ed = Signers.ed25519(kp.getPrivate());
        assertThat(viaSignInto(ed, PAYLOAD)).isEqualTo(ed.sign(PAYLOAD)); // Ed25519 is deterministic
    }
}
