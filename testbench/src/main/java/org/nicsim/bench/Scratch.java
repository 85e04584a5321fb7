package org.nicsim.bench;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nicsim.report.OutputWriteException;

/**
 * The benchmark's temporary files, in {@code java.io.tmpdir}. One the system refuses (a missing
 * folder, a full disk) is an {@link OutputWriteException} naming it, exit 3 as for a run's outputs.
 */
final class Scratch {
    private Scratch() {
    }

    static Path file(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    static Path dir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw refused(e);
        }
    }

    private static OutputWriteException refused(IOException e) {
        Path where = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile())
                : Path.of(System.getProperty("java.io.tmpdir"));
        return new OutputWriteException(where, e);
    }
}
