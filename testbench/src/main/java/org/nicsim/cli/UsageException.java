package org.nicsim.cli;

/**
 * The command line itself is wrong: unknown option, missing value, malformed number. Exit status
 * 2; the message is followed by a pointer to the command's {@code --help}.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
