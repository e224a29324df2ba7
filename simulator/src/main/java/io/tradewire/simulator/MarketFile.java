package io.tradewire.simulator;

import io.tradewire.simulator.config.MarketToml;
import io.tradewire.simulator.venue.SymbolSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the simulator's symbols from a TOML file of {@code [[symbol]]} tables (see {@link MarketToml}). */
public final class MarketFile {
    private MarketFile() {
    }

    /**
     * @param file the TOML file
     * @return its symbols
     * @throws IllegalArgumentException naming the table and field when the content is wrong
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static List<SymbolSpec> load(Path file) {
        try {
            return MarketToml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
