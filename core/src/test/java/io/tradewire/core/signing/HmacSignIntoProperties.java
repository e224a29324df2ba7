package io.tradewire.core.signing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The garbage-free HMAC of the order path ({@link RequestSigner#signInto}, two SHA-256 digests with padded keys)
 * against the JDK's {@code Mac} ({@link RequestSigner#sign}) for any secret (shorter, as long as and longer than
 * SHA-256's 64-byte block, any Unicode) and any payload, at any offset in a larger buffer.
 */
class HmacSignIntoProperties {

    @Property(tries = 500)
    void signIntoEqualsTheJdkMac(@ForAll @StringLength(min = 1, max = 150) String secret,
                                 @ForAll @StringLength(max = 400) String payload) {
        RequestSigner signer = Signers.hmac(secret);
        byte[] utf8 = payload.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[utf8.length + 7];
        System.arraycopy(utf8, 0, framed, 3, utf8.length);
        byte[] out = new byte[70];
        for (int round = 0; round < 2; round++) { // the per-thread state is reused: the second must match too
            int n = signer.signInto(framed, 3, utf8.length, out, 5);
            assertThat(new String(out, 5, n, StandardCharsets.US_ASCII)).isEqualTo(signer.sign(utf8));
        }
    }
}
