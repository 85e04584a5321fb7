package org.nicsim.cli;

/**
 * An input the user named is unusable: a scenario or capture file that cannot be read or is
 * malformed, an invalid field, an output directory that cannot be made. Exit status 2. The
 * message is complete: it names the file and the field or byte offset.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
