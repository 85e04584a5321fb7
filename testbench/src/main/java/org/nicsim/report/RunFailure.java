package org.nicsim.report;

import java.util.Objects;
import org.nicsim.session.FailureKind;

/**
 * Why a run stopped before it finished (exit status 3): the RTL hit a fatal, the stall watchdog
 * fired, or the native side failed.
 *
 * @param kind    what stopped it; its {@link FailureKind#id()} is the name in the outputs
 * @param message what happened, as the engine described it
 * @param cycle   simulated cycle it happened at, or -1 when unknown
 */
public record RunFailure(FailureKind kind, String message, long cycle) {
    public RunFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Whether a signal stopped the run (status {@code interrupted}, not {@code error}). */
    public boolean interrupted() {
        return kind == FailureKind.INTERRUPTED;
    }
}
