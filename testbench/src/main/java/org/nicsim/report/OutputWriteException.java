package org.nicsim.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A run's output file could not be written (disk full, file size limit, permissions): the run's
 * results are incomplete, which the command line reports as exit status 3 naming the file.
 */
public final class OutputWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public OutputWriteException(Path file, IOException cause) {
        this("cannot write " + file + ": " + reason(cause) + elsewhere(file, cause), file, cause);
    }

    private OutputWriteException(String message, Path file, IOException cause) {
        super(message, cause);
        this.file = file;
    }

    /** An earlier command's output that a new command could not remove before it started. */
    public static OutputWriteException cannotRemove(Path file, IOException cause) {
        return new OutputWriteException("cannot remove " + file + ", left by an earlier command: " + reason(cause)
                + elsewhere(file, cause) + "; nothing was run (remove it by hand or choose another --out)", file, cause);
    }

    /** The output folder itself could not be made: nothing was run. */
    public static OutputWriteException cannotCreate(Path dir, IOException cause) {
        return new OutputWriteException("cannot create the output folder " + dir + ": " + reason(cause)
                + elsewhere(dir, cause) + "; nothing was run", dir, cause);
    }

    public Path file() {
        return file;
    }

    /**
     * The OS's words for an I/O error ("No space left on device", "File too large", "permission
     * denied", "no such file or directory"). The file-system exceptions' own message is only the
     * path, so the kind of error is named here instead.
     */
    public static String reason(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The path the OS refused when it is not the file being written (a missing parent folder, say). */
    private static String elsewhere(Path file, IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null && !Path.of(f.getFile()).equals(file)) {
            return " (" + f.getFile() + ")";
        }
        return "";
    }
}
