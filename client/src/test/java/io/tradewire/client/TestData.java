package io.tradewire.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/testdata}, which CI places beside the repository clone. */
public final class TestData {
    private TestData() {
    }

    /**
     * @param relative path below shared/testdata
     * @return the file
     */
    public static Path path(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata");
            if (Files.isDirectory(candidate)) {
                return candidate.resolve(relative);
            }
        }
        throw new IllegalStateException("shared/testdata not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * @param relative path below shared/testdata
     * @return the file's text
     */
    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
