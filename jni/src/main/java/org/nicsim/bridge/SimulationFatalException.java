package org.nicsim.bridge;

/**
 * The RTL executed {@code $fatal}, {@code $stop} or {@code $finish}, or Verilator hit an internal
 * fatal error. The model instance that raised it is dead afterwards: every call but
 * {@link NicModel#close()} throws {@link IllegalStateException}. Other instances are unaffected.
 */
public class SimulationFatalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what stopped the simulation, where, and at which cycle */
    public SimulationFatalException(String message) {
        super(message);
    }
}
