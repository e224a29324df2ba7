package io.tradewire.cli.command;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where and as whom to connect, as given on the command line. Each option falls back to an environment variable,
 * then to the config file; see {@link VenueSettings}.
 */
public final class VenueOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "TOML config file (default $TRADEWIRE_CONFIG, else ~/.config/tradewire/config.toml if present)")
    Path config;

    @Option(names = "--endpoint", paramLabel = "NAME|URL",
            description = "production, testnet, or a ws(s):// WebSocket API URL (env TRADEWIRE_ENDPOINT)")
    String endpoint;

    @Option(names = "--api-key", description = "API key (env TRADEWIRE_API_KEY)")
    String apiKey;

    @Option(names = "--secret", description = "HMAC secret (env TRADEWIRE_SECRET; prefer the environment: "
            + "command lines are visible to other users)")
    String secret;

    @Option(names = "--private-key", paramLabel = "FILE",
            description = "RSA or Ed25519 PKCS#8 PEM file (env TRADEWIRE_PRIVATE_KEY)")
    Path privateKey;

    @Option(names = "--key-password-env", paramLabel = "VAR",
            description = "name of the environment variable holding the private key's password "
                    + "(default TRADEWIRE_KEY_PASSWORD)")
    String keyPasswordEnv;

    @Option(names = "--recv-window-ms", paramLabel = "MS",
            description = "recvWindow in ms, up to 3 decimals (env TRADEWIRE_RECV_WINDOW_MS)")
    String recvWindowMs;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "request timeout (env TRADEWIRE_TIMEOUT_MS)")
    Long timeoutMs;
}
