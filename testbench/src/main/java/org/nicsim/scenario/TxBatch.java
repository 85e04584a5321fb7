package org.nicsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One netisr batch of transmit-only load ({@code tx.batches[i]}): the frames go through ifq
 * staging on {@code cpu}, then the batch's rollup runs.
 *
 * @param cpu the netisr CPU that transmits
 * @param sizes frame lengths, in transmit order
 */
public record TxBatch(int cpu, List<Integer> sizes) {

    public TxBatch {
        sizes = List.copyOf(Objects.requireNonNull(sizes, "sizes"));
    }
}
