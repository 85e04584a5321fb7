package org.nicsim.session;

import java.util.Objects;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.SimulationStallException;

/**
 * How a {@link RunSession} ended: every check passed, some check failed, or the simulation itself
 * failed before the run could finish.
 */
public sealed interface RunOutcome {
    /** The run's result, or null when the simulation failed. */
    CoSimResult result();

    /** Cycle the run proper started at (after driver attach); -1 when attach did not finish. */
    long startCycle();

    /** The outcome of a run that finished. */
    static RunOutcome of(CoSimResult r, long startCycle) {
        return r.passed() ? new Passed(r, startCycle) : new ChecksFailed(r, startCycle);
    }

    /** The run finished and every comparison agreed. */
    record Passed(CoSimResult result, long startCycle) implements RunOutcome {
        public Passed {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The run finished and at least one comparison failed: {@code result().scoreboard()} has them. */
    record ChecksFailed(CoSimResult result, long startCycle) implements RunOutcome {
        public ChecksFailed {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The simulation failed (stall, RTL fatal, MMIO timeout, driver error).
     *
     * @param kind  what failed
     * @param cause the exception the engine threw
     */
    record SimulationError(FailureKind kind, RuntimeException cause, long startCycle) implements RunOutcome {
        public SimulationError {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public CoSimResult result() {
            return null;
        }

        /** Cycle the failure was declared at, or -1 when the failure does not say. */
        public long cycle() {
            return cause instanceof SimulationStallException s ? s.cycle() : -1;
        }

        public String message() {
            return cause.getMessage();
        }
    }
}
