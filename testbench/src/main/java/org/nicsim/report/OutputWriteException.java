package org.nicsim.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * A run's output file could not be written (disk full, file size limit, permissions): the run's
 * results are incomplete, which the command line reports as exit status 3 naming the file.
 */
public final class OutputWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public OutputWriteException(Path file, IOException cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The OS's words for an I/O error ("No space left on device", "File too large", "permission denied"). */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
