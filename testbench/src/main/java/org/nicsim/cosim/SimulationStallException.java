package org.nicsim.cosim;

/** The RTL made no progress for the watchdog's budget while work was pending (exit status 3). */
public class SimulationStallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long cycle;

    public SimulationStallException(String message, long cycle) {
        super(message);
        this.cycle = cycle;
    }

    /** Cycle at which the stall was declared. */
    public long cycle() {
        return cycle;
    }
}
