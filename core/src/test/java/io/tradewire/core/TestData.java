package io.tradewire.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared test data by walking up from the working directory until a {@code shared/testdata}
 * folder appears (CI clones {@code main/} and {@code shared/} side by side).
 */
public final class TestData {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Path root;

    private TestData() {
    }

    /** The {@code shared/testdata} directory. */
    public static synchronized Path root() {
        if (root == null) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared").resolve("testdata");
                if (Files.isDirectory(candidate)) {
                    root = candidate;
                    return root;
                }
            }
            throw new IllegalStateException("no shared/testdata above " + Path.of("").toAbsolutePath());
        }
        return root;
    }

    /** A file under {@code shared/testdata}, e.g. {@code path("signing-vectors.json")}. */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /** The text of a test data file. */
    public static String text(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test data file as a Jackson tree. */
    public static JsonNode json(String relative) {
        try {
            return MAPPER.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
