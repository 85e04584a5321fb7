package org.nicsim.bridge;

/**
 * A bounded wait (e.g. {@link NicModel#mmioRead(int)}) used up its cycle budget. The model stays
 * usable (for peeking, tracing and running on), but the stuck operation is still in flight.
 */
public class SimulationTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what timed out and after how many cycles */
    public SimulationTimeoutException(String message) {
        super(message);
    }
}
