package org.nicsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Transmit-only load ({@code tx}), run in list order.
 *
 * @param batches the netisr batches; empty when there is none
 */
public record TxSpec(List<TxBatch> batches) {

    public TxSpec {
        batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
    }

    /** Total frames over all batches. */
    public long frames() {
        return batches.stream().mapToLong(b -> b.sizes().size()).sum();
    }
}
