package org.nicsim.bridge;

/**
 * The waveform file could not be written whole (disk full, file size limit, I/O error): the FST
 * on disk is incomplete. The model stays usable; the trace is closed.
 */
public class TraceWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the file and what went wrong */
    public TraceWriteException(String message) {
        super(message);
    }
}
