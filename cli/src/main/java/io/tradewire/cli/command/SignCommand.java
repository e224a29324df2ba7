package io.tradewire.cli.command;

import io.tradewire.core.signing.CanonicalPayload;
import io.tradewire.core.signing.KeyLoader;
import io.tradewire.core.signing.RequestSigner;
import io.tradewire.core.signing.Signers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code tradewire sign}: prints the canonical payload and its signature, the tool to reach for when Binance
 * answers -1022 (signature not valid).
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a request payload the way Binance verifies it.",
                "Prints the canonical payload, then the signature alone on the last line."})
public final class SignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Key key;

    static final class Key {
        @Option(names = "--secret", description = "HMAC secret key", interactive = false)
        String secret;
        @Option(names = "--private-key", paramLabel = "FILE", description = "PEM private key (RSA or Ed25519, PKCS#8)")
        Path privateKey;
    }

    @Option(names = "--password", description = "password of an encrypted private key", arity = "1")
    private char[] password;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Payload payload;

    static final class Payload {
        @Option(names = "--payload", description = "the exact text to sign")
        String text;
        @Option(names = "--param", paramLabel = "k=v",
                description = "a request parameter (repeat); joined in WebSocket API canonical order")
        List<String> params;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RequestSigner signer;
        if (key.secret != null) {
            signer = Signers.hmac(key.secret);
        } else {
            signer = Signers.forPrivateKey(KeyLoader.privateKeyFromFile(key.privateKey, password));
        }
        String canonical = payload.text != null ? payload.text : canonical(payload.params);
        out.println(canonical);
        out.println(signer.sign(canonical));
        out.flush();
        return 0;
    }

    private static String canonical(List<String> params) {
        Map<String, String> map = new TreeMap<>();
        for (String kv : params) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param '" + kv + "' must be name=value");
            }
            String name = kv.substring(0, eq);
            if (map.put(name, kv.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("--param '" + name + "' given twice");
            }
        }
        return CanonicalPayload.wsApi(map);
    }
}
