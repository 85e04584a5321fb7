package org.nicsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The RSS redirection table ({@code rss.reta}): either round-robin, {@code RETA[i] = i % queues}
 * (what the driver programs by default), or 128 explicit queue numbers.
 *
 * @param entries the 128 explicit entries, or an empty list for round-robin
 */
public record RetaSpec(List<Integer> entries) {

    /** RETA entries (Intel 82599, FreeBSD {@code RSS_BUCKETS} = 128). */
    public static final int SIZE = 128;

    private static final RetaSpec ROUND_ROBIN = new RetaSpec(List.of());

    public RetaSpec {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (!entries.isEmpty() && entries.size() != SIZE) {
            throw new IllegalArgumentException("a RETA has " + SIZE + " entries, not " + entries.size());
        }
    }

    /** The default table, {@code RETA[i] = i % queues}. */
    public static RetaSpec roundRobin() {
        return ROUND_ROBIN;
    }

    /** Whether this is the round-robin table rather than explicit entries. */
    public boolean isRoundRobin() {
        return entries.isEmpty();
    }

    /** The 128 queue numbers the driver writes for a device with {@code queues} RX queues. */
    public int[] table(int queues) {
        int[] t = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            t[i] = isRoundRobin() ? i % queues : entries.get(i);
        }
        return t;
    }
}
