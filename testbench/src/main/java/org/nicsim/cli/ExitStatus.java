package org.nicsim.cli;

/** The command line's exit statuses (docs/cli.md "Exit status"). */
public final class ExitStatus {
    /** Every check passed. */
    public static final int PASSED = 0;
    /** A check failed: mismatch, loss, duplicate. */
    public static final int CHECK_FAILED = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** The simulation itself failed: RTL fatal, stall watchdog, native error. */
    public static final int SIMULATION_FAILED = 3;

    private ExitStatus() {
    }
}
