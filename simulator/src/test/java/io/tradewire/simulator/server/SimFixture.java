package io.tradewire.simulator.server;

import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.RequestSigner;
import io.tradewire.core.signing.Signers;
import io.tradewire.core.time.ManualClock;
import io.tradewire.simulator.SimAccount;
import io.tradewire.simulator.Simulator;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** A started simulator with one account per key type and a manual clock. */
final class SimFixture implements AutoCloseable {
    static final long START_MS = 1_700_000_000_000L;
    static final String HMAC_KEY = "hmac-key-0123456789";
    static final String HMAC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    static final String MAKER_KEY = "maker-key-0123456789";
    static final String MAKER_SECRET = "maker-secret-abcdefghijklmnopqrstuvwxyz";
    static final String RSA_KEY = "rsa-key-0123456789";
    static final String ED_KEY = "ed25519-key-0123456789";

    final ManualClock clock = new ManualClock(START_MS);
    final RequestSigner hmac = Signers.hmac(HMAC_SECRET);
    final RequestSigner maker = Signers.hmac(MAKER_SECRET);
    final RequestSigner rsa;
    final RequestSigner ed25519;
    final Simulator sim;

    SimFixture() {
        Map<String, BigDecimal> balances = Map.of("USDT", new BigDecimal("1000000"), "BTC", new BigDecimal("100"),
                "ETH", new BigDecimal("1000"));
        KeyPair rsaPair;
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            rsaPair = g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        KeyPair edPair = KeyLoader.generateEd25519();
        rsa = Signers.rsa(rsaPair.getPrivate());
        ed25519 = Signers.ed25519(edPair.getPrivate());
        sim = Simulator.builder()
                .clock(clock)
                .account(SimAccount.hmac(HMAC_KEY, HMAC_SECRET, balances))
                .account(SimAccount.hmac(MAKER_KEY, MAKER_SECRET, balances))
                .account(SimAccount.withPublicKey(RSA_KEY, rsaPair.getPublic(), balances))
                .account(SimAccount.withPublicKey(ED_KEY, edPair.getPublic(), balances))
                .build()
                .start();
    }

    long now() {
        return clock.epochMillis();
    }

    WsTestClient connect() {
        return WsTestClient.connect(sim.wsApiUri());
    }

    @Override
    public void close() {
        sim.close();
    }
}
