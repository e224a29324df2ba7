package io.tradewire.simulator;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * A generated Ed25519 demo account together with its private key (see
 * {@link SimAccount#generateEd25519Demo}). {@link #toString()} never shows the key.
 */
public final class DemoAccount {
    private final SimAccount account;
    private final PrivateKey privateKey;

    DemoAccount(SimAccount account, PrivateKey privateKey) {
        this.account = Objects.requireNonNull(account, "account");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    /**
     * The account to register with the simulator.
     *
     * @return the account
     */
    public SimAccount account() {
        return account;
    }

    /**
     * The Ed25519 private key the client signs with.
     *
     * @return the private key
     */
    public PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "DemoAccount{" + account + ", privateKey=****}";
    }
}
