package org.nicsim.scoreboard;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.nicsim.host.TxPacket;

/**
 * Transmitted frames against what the driver put on each TX ring. The stream does not say which
 * queue a frame came from, so a captured frame must equal the oldest unsent frame of some queue:
 * that checks bytes and per-queue order at once (identical frames at two heads are
 * interchangeable).
 */
final class TxTracker {
    private final ArrayDeque<TxPacket>[] posted;
    private final Scoreboard scoreboard;
    final long[] sentByQueue;
    long sent;
    long unexpected;
    private long postedSeq;
    /** Posted frames this check failed, by posting number (the latest few), so a stage check does not fail them twice. */
    private final java.util.Set<Long> failedSeq = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Boolean> eldest) {
            return size() > 4096;
        }
    });

    @SuppressWarnings("unchecked")
    TxTracker(int queues, Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
        this.posted = new ArrayDeque[queues];
        for (int q = 0; q < queues; q++) {
            posted[q] = new ArrayDeque<>();
        }
        this.sentByQueue = new long[queues];
    }

    /** Returns {@code p} numbered in posting order, the identity the TX stage check shares. */
    TxPacket posted(int queue, TxPacket p) {
        TxPacket n = p.withSeq(postedSeq++);
        posted[queue].addLast(n);
        return n;
    }

    /** True when the captured frame standing for posted frame {@code seq} failed this check. */
    boolean failed(long seq) {
        return failedSeq.contains(seq);
    }

    /**
     * Matches a captured frame against the posted ones. {@code b} is its bytes, the caller's one copy
     * serving both this check and the observer: only read, never kept. {@code tuser} and
     * {@code lastCycle} (of its last beat) describe it in a mismatch.
     */
    void captured(byte[] b, boolean tuser, long lastCycle) {
        for (int q = 0; q < posted.length; q++) {
            TxPacket head = posted[q].peekFirst();
            if (head != null && Arrays.equals(head.bytes(), b)) {
                posted[q].pollFirst();
                sentByQueue[q]++;
                sent++;
                scoreboard.pass(Check.TX_DATA);
                return;
            }
        }
        // A corrupted frame still stands for one posted frame: retire the oldest posted frame of the
        // same length (else the oldest of all) so one bad frame is one mismatch, not a cascade.
        int q = oldestHead(b.length);
        if (q < 0) {
            q = oldestHead(-1);
        }
        TxPacket expected = q < 0 ? null : posted[q].pollFirst();
        if (expected != null) {
            failedSeq.add(expected.seq());
            sentByQueue[q]++;
            sent++;
        } else {
            unexpected++;
        }
        scoreboard.fail(new Mismatch(Check.TX_DATA, expected == null ? -1 : expected.source(), lastCycle,
                "transmitted frame (" + b.length + " bytes" + (tuser ? ", tuser set" : "") + ")",
                expected == null ? "a frame nothing was posted for" : "differs" + firstDifference(b, expected.bytes()),
                expected == null ? "no frame outstanding" : "queue " + q + " next frame, " + expected.bytes().length + " bytes"));
    }

    /** The queue whose next frame was posted first (and has {@code length}, unless -1); -1 if none. */
    private int oldestHead(int length) {
        int best = -1;
        for (int q = 0; q < posted.length; q++) {
            TxPacket head = posted[q].peekFirst();
            if (head != null && (length < 0 || head.bytes().length == length)
                    && (best < 0 || head.seq() < posted[best].peekFirst().seq())) {
                best = q;
            }
        }
        return best;
    }

    private static String firstDifference(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return String.format(" at byte %d: 0x%02x", i, a[i] & 0xFF);
            }
        }
        return " in length: " + a.length;
    }

    /** Frames posted and not yet seen on the wire. */
    int outstanding() {
        int n = 0;
        for (ArrayDeque<TxPacket> d : posted) {
            n += d.size();
        }
        return n;
    }

    void finish(long cycle) {
        for (int q = 0; q < posted.length; q++) {
            for (TxPacket p : posted[q]) {
                scoreboard.fail(new Mismatch(Check.TX_DATA, p.source(), cycle, "queue " + q + " frame",
                        "never transmitted", p.bytes().length + " bytes posted"));
            }
            posted[q].clear();
        }
    }
}
