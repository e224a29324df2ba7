package io.tradewire.client.rest;

import io.tradewire.client.wsapi.RequestParams;
import io.tradewire.core.signing.Signers;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The query string as sent and signed, against the worked examples of rest-api.md. */
class RestCodecTest {
    private static final String DOC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    private static List<Map.Entry<String, String>> docParams(String symbol) {
        return List.of(e("symbol", symbol), e("side", "BUY"), e("type", "LIMIT"), e("timeInForce", "GTC"),
                e("quantity", "1"), e("price", "0.1"), e("recvWindow", "5000"));
    }

    private static Map.Entry<String, String> e(String k, String v) {
        return new AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    @Test
    void theAsciiHmacExampleIsSignedAndSentAsDocumented() {
        String q = RestCodec.signedQuery(docParams("LTCBTC"), 1499827319559L, null, Signers.hmac(DOC_SECRET));
        assertThat(q).isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                + "&recvWindow=5000&timestamp=1499827319559"
                + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    }

    @Test
    void theNonAsciiHmacExampleIsPercentEncodedBeforeSigning() {
        String q = RestCodec.signedQuery(docParams("１２３４５６"), 1499827319559L, null, Signers.hmac(DOC_SECRET));
        assertThat(q).isEqualTo("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY"
                + "&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
                + "&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
    }

    @Test
    void anRsaSignatureIsPercentEncodedAndVerifiesOverThePayloadBeforeIt() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        String q = RestCodec.signedQuery(List.of(e("symbol", "BTCUSDT")), 1L, "6000.346",
                Signers.rsa(kp.getPrivate()));
        int at = q.indexOf("&signature=");
        String payload = q.substring(0, at);
        assertThat(payload).isEqualTo("symbol=BTCUSDT&timestamp=1&recvWindow=6000.346");
        String encoded = q.substring(at + "&signature=".length());
        assertThat(encoded).doesNotContain("+", "/", "=");
        String sig = java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
        Signature v = Signature.getInstance("SHA256withRSA");
        v.initVerify(kp.getPublic());
        v.update(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(v.verify(Base64.getDecoder().decode(sig))).isTrue();
    }

    @Test
    void requestParametersKeepTheirOrderAndWireText() {
        RequestParams p = new RequestParams().add("symbol", "BTCUSDT").addScaled("price", 6000000, 2)
                .add("quantity", new java.math.BigDecimal("0.010")).add("orderId", 42)
                .addRawJson("symbols", "[\"A B\",\"C\"]");
        assertThat(RestCodec.query(RestCodec.entries(p))).isEqualTo("symbol=BTCUSDT&price=60000.00&quantity=0.010"
                + "&orderId=42&symbols=%5B%22A%20B%22%2C%22C%22%5D");
        assertThat(RestCodec.entries(null)).isEmpty();
    }

    @Test
    void the418MessageNamesTheBansEnd() {
        assertThat(SpotRestClient.bannedUntil("Way too much request weight used; IP banned until 1659146400000. "
                + "Please use WebSocket Streams for live updates to avoid bans.")).isEqualTo(1659146400000L);
        assertThat(SpotRestClient.bannedUntil("Too much request weight used")).isZero();
    }
}
