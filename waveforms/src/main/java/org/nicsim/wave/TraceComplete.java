package org.nicsim.wave;

/**
 * Thrown by a {@link TracePlan} that ends its run once its window is written: a failure re-run
 * only needs the cycles up to the end of its window. Caught by whoever runs the model.
 */
public final class TraceComplete extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TraceComplete(long cycle) {
        super("trace window complete at cycle " + cycle, null, false, false);
    }
}
