package org.nicsim.model.rss;

import java.util.Arrays;
import java.util.List;

/** The 128-entry RSS redirection table: bucket (hash &amp; 127) to RX queue. */
public final class Reta {
    public static final int SIZE = 128;
    /** Queue numbers fit the 4-bit RETA / DEFAULT_QUEUE fields of the NIC. */
    public static final int MAX_QUEUES = 16;

    private final int[] entries;
    private final int nqueues;

    private Reta(int[] entries, int nqueues) {
        this.entries = entries;
        this.nqueues = nqueues;
    }

    /** The driver's default fill, {@code RETA[i] = i % nqueues}. */
    public static Reta roundRobin(int nqueues) {
        checkQueues(nqueues);
        int[] e = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            e[i] = i % nqueues;
        }
        return new Reta(e, nqueues);
    }

    /**
     * An explicit table.
     *
     * @throws IllegalArgumentException naming {@code rss.reta[i]} if not 128 entries each in [0, nqueues)
     */
    public static Reta of(List<Integer> entries, int nqueues) {
        checkQueues(nqueues);
        if (entries == null || entries.size() != SIZE) {
            throw new IllegalArgumentException("rss.reta: expected " + SIZE + " entries, got "
                    + (entries == null ? "null" : entries.size()));
        }
        int[] e = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            Integer q = entries.get(i);
            if (q == null || q < 0 || q >= nqueues) {
                throw new IllegalArgumentException("rss.reta[" + i + "]: queue " + q + " outside [0, " + nqueues + ")");
            }
            e[i] = q;
        }
        return new Reta(e, nqueues);
    }

    private static void checkQueues(int nqueues) {
        if (nqueues < 1 || nqueues > MAX_QUEUES) {
            throw new IllegalArgumentException("queues: " + nqueues + " outside [1, " + MAX_QUEUES + "]");
        }
    }

    /** {@code hash & 127}: the 7 low bits. */
    public static int bucket(int hash) {
        return hash & (SIZE - 1);
    }

    public int queue(int bucket) {
        return entries[bucket];
    }

    public int nqueues() {
        return nqueues;
    }

    public int[] toArray() {
        return entries.clone();
    }

    /** RETA register word {@code w}: entries 4w..4w+3, entry n in bits [8(n%4)+3 : 8(n%4)]. */
    public int registerWord(int w) {
        return entries[4 * w] | entries[4 * w + 1] << 8 | entries[4 * w + 2] << 16 | entries[4 * w + 3] << 24;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reta r && nqueues == r.nqueues && Arrays.equals(entries, r.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entries) * 31 + nqueues;
    }

    @Override
    public String toString() {
        return "Reta" + Arrays.toString(entries);
    }
}
