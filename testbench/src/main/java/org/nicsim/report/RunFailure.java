package org.nicsim.report;

import java.util.Objects;

/**
 * Why a run stopped before it finished (exit status 3): the RTL hit a fatal, the stall watchdog
 * fired, or the native side failed.
 *
 * @param kind    short name of the failure, e.g. {@code stall}, {@code rtl-fatal}, {@code native}
 * @param message what happened, as the engine described it
 * @param cycle   simulated cycle it happened at, or -1 when unknown
 */
public record RunFailure(String kind, String message, long cycle) {
    public RunFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The kind of a run stopped by SIGINT or SIGTERM. */
    public static final String INTERRUPTED = "interrupted";

    /** Whether a signal stopped the run (status {@code interrupted}, not {@code error}). */
    public boolean interrupted() {
        return kind.equals(INTERRUPTED);
    }
}
