package org.nicsim.model.ifq;

import org.nicsim.model.CpuContext;

/**
 * Reference driver start (as DragonFly ix): one descriptor per packet; posts packets while the
 * ring has room, writing the tail every {@code txWregNsegs} descriptors (if non-zero) and once
 * at the end if any descriptor was posted since the last write (an empty start writes nothing);
 * ring full with packets left sets oactive. {@link #complete} is the TX-completion path.
 * For model-only runs and the tests; the testbench's real driver is elsewhere.
 */
public final class ModelTxDriver implements DriverStart {
    private final TxRingConfig ring;
    private final TailWriter writer;
    private final int[] tail;
    private final int[] inUse;

    public ModelTxDriver(int nqueues, TxRingConfig ring, TailWriter writer) {
        if (nqueues < 1) {
            throw new IllegalArgumentException("queues: " + nqueues + " must be at least 1");
        }
        if (ring == null || writer == null) {
            throw new IllegalArgumentException("txRing: null ring config or tail writer");
        }
        this.ring = ring;
        this.writer = writer;
        this.tail = new int[nqueues];
        this.inUse = new int[nqueues];
        java.util.Arrays.fill(tail, ring.startTail());
    }

    @Override
    public void start(IfSubqueue subq, CpuContext ctx) {
        int q = subq.index();
        int sinceWrite = 0;
        while (!subq.isEmpty()) {
            if (inUse[q] == ring.ringSize() - 1) {
                subq.setOactive();
                break;
            }
            subq.dequeue();
            inUse[q]++;
            tail[q] = (tail[q] + 1) & (ring.ringSize() - 1);
            sinceWrite++;
            if (ring.txWregNsegs() > 0 && sinceWrite >= ring.txWregNsegs()) {
                writer.write(new TailWrite(q, tail[q], ctx.cpu()));
                sinceWrite = 0;
            }
        }
        if (sinceWrite > 0) {
            writer.write(new TailWrite(q, tail[q], ctx.cpu()));
        }
    }

    /**
     * The NIC finished {@code descriptors} on queue {@code q}: free them, clear oactive and, if
     * packets wait, {@code ifsq_devstart} (ix_intr does the same).
     */
    public void complete(Ifq ifq, CpuContext ctx, int q, int descriptors) {
        if (descriptors < 0 || descriptors > inUse[q]) {
            throw new IllegalArgumentException("descriptors: " + descriptors + " outside [0, " + inUse[q] + "] in use on queue " + q);
        }
        inUse[q] -= descriptors;
        if (descriptors > 0) {
            ifq.subqueue(q).clrOactive();
        }
        if (!ifq.subqueue(q).isEmpty()) {
            ifq.devstart(ctx, q);
        }
    }

    /** Descriptors posted and not yet completed on queue {@code q}. */
    public int inUse(int q) {
        return inUse[q];
    }

    public int tail(int q) {
        return tail[q];
    }
}
