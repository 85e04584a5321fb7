package org.nicsim.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command writes: standard output (seed, progress, summary), standard error (messages),
 * and whether standard output is a terminal a person watches (then a progress bar is drawn).
 *
 * @param out         standard output
 * @param err         standard error
 * @param interactive standard output is a terminal
 */
public record Terminal(PrintStream out, PrintStream err, boolean interactive) {
    public Terminal {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's own streams; interactive when the JVM has a console. */
    public static Terminal system() {
        return new Terminal(System.out, System.err, System.console() != null);
    }
}
