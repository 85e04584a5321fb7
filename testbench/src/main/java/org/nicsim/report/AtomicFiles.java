package org.nicsim.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report file whole or not at all: into {@code .NAME.tmp} beside it, forced to disk, then
 * renamed over {@code NAME}. A full disk or a killed process leaves the old name absent (outputs
 * of an earlier run are removed at the start), never a truncated report a reader would take.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * @throws OutputWriteException naming {@code file} when any step fails (the temporary is removed)
     */
    public static void writeString(Path file, String text) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write error is the one to report
            }
            throw new OutputWriteException(file, e);
        }
    }
}
