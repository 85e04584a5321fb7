package org.nicsim.model.ifq;

/** One step of a transmit trace, input of {@link DoorbellPredictor}. */
public sealed interface TxEvent permits TxEvent.Frame, TxEvent.Rollup, TxEvent.Completion {

    /**
     * A packet handed to the send queue ({@code ifq_dispatch}) on {@code cpu}.
     *
     * @param subqueue the subqueue {@code cpu} maps to
     * @param netisr   sent from the netisr thread (staging applies) rather than another context
     */
    record Frame(int cpu, int subqueue, int length, boolean netisr) implements TxEvent {
        public Frame {
            if (cpu < 0 || subqueue < 0 || length < 0) {
                throw new IllegalArgumentException("frame: negative cpu, subqueue or length: " + cpu + ", "
                        + subqueue + ", " + length);
            }
        }
    }

    /** End of a netisr batch on {@code cpu}: {@code if_start_rollup}. */
    record Rollup(int cpu) implements TxEvent {
        public Rollup {
            if (cpu < 0) {
                throw new IllegalArgumentException("rollup: negative cpu " + cpu);
            }
        }
    }

    /**
     * The NIC finished up to {@code descriptors} of queue {@code queue} (at most those in use);
     * the driver's completion path on {@code cpu} frees them and restarts output.
     */
    record Completion(int cpu, int queue, int descriptors) implements TxEvent {
        public Completion {
            if (cpu < 0 || queue < 0 || descriptors < 0) {
                throw new IllegalArgumentException("completion: negative cpu, queue or count: " + cpu + ", "
                        + queue + ", " + descriptors);
            }
        }
    }
}
