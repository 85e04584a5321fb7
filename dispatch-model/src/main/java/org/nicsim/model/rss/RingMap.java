package org.nicsim.model.rss;

import java.util.Arrays;
import java.util.List;

/** Queue to CPU: the CPU that services each RX/TX ring (DragonFly {@code if_ringmap}). */
public final class RingMap {
    private final int[] cpuOfQueue;
    private final int ncpus;

    private RingMap(int[] cpuOfQueue, int ncpus) {
        this.cpuOfQueue = cpuOfQueue;
        this.ncpus = ncpus;
    }

    /** {@code cpu = (offset + q) % ncpus}. */
    public static RingMap withOffset(int nqueues, int ncpus, int offset) {
        check(nqueues, ncpus);
        if (offset < 0) {
            throw new IllegalArgumentException("ringMap.offset: " + offset + " must not be negative");
        }
        int[] m = new int[nqueues];
        for (int q = 0; q < nqueues; q++) {
            m[q] = (offset + q) % ncpus;
        }
        return new RingMap(m, ncpus);
    }

    /** One CPU per queue. */
    public static RingMap of(List<Integer> cpus, int ncpus) {
        if (cpus == null || cpus.isEmpty()) {
            throw new IllegalArgumentException("ringMap: expected one CPU per queue, got none");
        }
        check(cpus.size(), ncpus);
        int[] m = new int[cpus.size()];
        for (int q = 0; q < m.length; q++) {
            Integer c = cpus.get(q);
            if (c == null || c < 0 || c >= ncpus) {
                throw new IllegalArgumentException("ringMap[" + q + "]: CPU " + c + " outside [0, " + ncpus + ")");
            }
            m[q] = c;
        }
        return new RingMap(m, ncpus);
    }

    private static void check(int nqueues, int ncpus) {
        if (ncpus < 1) {
            throw new IllegalArgumentException("cpus: " + ncpus + " must be at least 1");
        }
        if (nqueues < 1 || nqueues > Reta.MAX_QUEUES) {
            throw new IllegalArgumentException("queues: " + nqueues + " outside [1, " + Reta.MAX_QUEUES + "]");
        }
    }

    /** CPU of ring {@code queue}. */
    public int cpu(int queue) {
        if (queue < 0 || queue >= cpuOfQueue.length) {
            throw new IllegalArgumentException("queue: " + queue + " outside [0, " + cpuOfQueue.length + ")");
        }
        return cpuOfQueue[queue];
    }

    public int nqueues() {
        return cpuOfQueue.length;
    }

    public int ncpus() {
        return ncpus;
    }

    @Override
    public String toString() {
        return "RingMap" + Arrays.toString(cpuOfQueue);
    }
}
