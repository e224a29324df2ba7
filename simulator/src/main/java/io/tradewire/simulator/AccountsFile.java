package io.tradewire.simulator;

import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.KeyType;
import io.tradewire.simulator.config.AccountEntry;
import io.tradewire.simulator.config.AccountsToml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads simulator accounts from a TOML file with {@code [[account]]} tables:
 *
 * <pre>
 * [[account]]
 * api_key  = "demo-hmac"
 * key_type = "HMAC"
 * secret   = "..."
 * balances = { USDT = "100000", BTC = "10" }
 *
 * [[account]]
 * api_key    = "demo-ed25519"
 * key_type   = "ED25519"          # or RSA
 * public_key = """
 * -----BEGIN PUBLIC KEY-----
 * ...
 * -----END PUBLIC KEY-----
 * """
 * </pre>
 */
public final class AccountsFile {
    private AccountsFile() {
    }

    /**
     * Reads and validates an accounts file.
     *
     * @param tomlFile the file
     * @return the accounts in file order
     * @throws IllegalArgumentException naming the account number and field on invalid content
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static List<SimAccount> load(Path tomlFile) {
        String text;
        try {
            text = Files.readString(tomlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read accounts file " + tomlFile, e);
        }
        return parse(text, tomlFile.toString());
    }

    /**
     * Parses accounts from TOML text (what {@link #load(Path)} does after reading the file).
     *
     * @param toml   the TOML document
     * @param source a name for error messages
     * @return the accounts in file order
     * @throws IllegalArgumentException naming the account number and field on invalid content
     */
    public static List<SimAccount> parse(String toml, String source) {
        List<SimAccount> out = new ArrayList<>();
        for (AccountEntry e : AccountsToml.parse(toml, source)) {
            if (e.keyType() == KeyType.HMAC) {
                out.add(SimAccount.hmac(e.apiKey(), e.secret(), e.balances()));
                continue;
            }
            String where = source + ": [[account]] #" + e.number() + ": public_key";
            PublicKey key;
            try {
                key = KeyLoader.publicKeyFromPem(e.publicKeyPem());
            } catch (IllegalArgumentException ex) { // KeyLoadException is one
                throw new IllegalArgumentException(where + " is not a valid PEM public key: " + ex.getMessage());
            }
            KeyType actual = KeyLoader.keyTypeOf(key);
            if (actual != e.keyType()) {
                throw new IllegalArgumentException(where + " is an " + actual + " key but key_type is " + e.keyType());
            }
            out.add(SimAccount.withPublicKey(e.apiKey(), key, e.balances()));
        }
        return out;
    }
}
