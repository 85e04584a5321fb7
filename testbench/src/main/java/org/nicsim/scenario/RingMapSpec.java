package org.nicsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Which CPU services each RX ring ({@code ringMap}): DragonFly {@code if_ringmap} with an
 * offset, {@code cpu = (offset + queue) % cpus}, or an explicit CPU per queue.
 *
 * @param offset the ring-map offset; 0 and unused when {@code cpus} is given
 * @param cpus one CPU per queue, or an empty list for the offset form
 */
public record RingMapSpec(int offset, List<Integer> cpus) {

    public RingMapSpec {
        cpus = List.copyOf(Objects.requireNonNull(cpus, "cpus"));
    }

    /** The offset form, {@code cpu = (offset + queue) % ncpus}. */
    public static RingMapSpec withOffset(int offset) {
        return new RingMapSpec(offset, List.of());
    }

    /** Explicit CPUs, one per queue. */
    public static RingMapSpec explicit(List<Integer> cpus) {
        return new RingMapSpec(0, cpus);
    }

    /** Whether the CPUs are listed one per queue rather than computed from the offset. */
    public boolean isExplicit() {
        return !cpus.isEmpty();
    }

    /** The ring CPU of RX queue {@code queue} on a machine with {@code ncpus} CPUs. */
    public int cpuOf(int queue, int ncpus) {
        return isExplicit() ? cpus.get(queue) : (offset + queue) % ncpus;
    }

    /** Ring CPU of every queue, indexed by queue. */
    public int[] table(int queues, int ncpus) {
        int[] t = new int[queues];
        for (int q = 0; q < queues; q++) {
            t[q] = cpuOf(q, ncpus);
        }
        return t;
    }
}
