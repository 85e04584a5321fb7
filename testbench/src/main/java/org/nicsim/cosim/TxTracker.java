package org.nicsim.cosim;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.nicsim.bridge.TxFrame;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;

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

    @SuppressWarnings("unchecked")
    TxTracker(int queues, Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
        this.posted = new ArrayDeque[queues];
        for (int q = 0; q < queues; q++) {
            posted[q] = new ArrayDeque<>();
        }
        this.sentByQueue = new long[queues];
    }

    void posted(int queue, TxPacket p) {
        posted[queue].addLast(p);
    }

    void captured(TxFrame f) {
        byte[] b = f.bytes();
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
        unexpected++;
        scoreboard.fail(new Mismatch(Check.TX_DATA, -1, f.lastCycle(), "transmitted frame (" + b.length + " bytes)",
                "a frame equal to no queue's next frame" + (f.tuser() ? " (tuser set)" : ""),
                "the next posted frame of one queue"));
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
