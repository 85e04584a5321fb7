package org.nicsim.scoreboard;

import java.util.ArrayDeque;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunObserver;

/**
 * Every injected frame from injection to a final fate, and the in-order stream of
 * {@link PacketRecord}s.
 *
 * <p>NIC drops are silent, so they are inferred: the NIC writes a queue's frames back in arrival
 * order, so when frame s is written back on queue q, every earlier frame still expected on q was
 * dropped for want of a buffer. Frames left at the end of the run are drops too; the totals are
 * then checked against RX_DROP_NOBUF and RXQ_DROPS.
 */
final class RxTracker {
    private final OpenFrames open = new OpenFrames();
    private final ArrayDeque<RxFrame>[] expected;       // not yet written back, by model queue
    private final ReorderBuffer<PacketRecord> finished = new ReorderBuffer<>();   // records leave in frame order
    private final RunObserver observer;
    private int inStack;                                 // open frames written back
    final long[] fates = new long[Fate.values().length];
    final long[] nobufByQueue;
    final long[] deliveredByQueue;
    private final long[] writeFailures;                  // frames the NIC could not write, not yet resolved
    long malformedDelivered;

    @SuppressWarnings("unchecked")
    RxTracker(int queues, RunObserver observer) {
        this.observer = observer;
        this.expected = new ArrayDeque[queues];
        for (int q = 0; q < expected.length; q++) {
            expected[q] = new ArrayDeque<>();
        }
        this.nobufByQueue = new long[queues];
        this.deliveredByQueue = new long[queues];
        this.writeFailures = new long[queues];
    }

    /**
     * The NIC returned {@code n} buffers of queue {@code q} empty: writing their frames failed (a
     * DMA error), which it counts as RX_DROP_ERROR, not as a missing buffer. Those frames are never
     * written back, so they are among the next ones {@link #dropEarlier} resolves on that queue, in
     * ring order; they get the fate error.
     */
    void dataWriteFailed(int q, long n) {
        writeFailures[q] += n;
    }

    void injected(RxFrame f) {
        if (f.predictedDrop != null) {
            resolve(f, f.predictedDrop, null);
            return;
        }
        open.open(f);
        expected[f.modelQueue()].addLast(f);
    }

    /** The frame a write-back with RX sequence {@code seq} belongs to, or null if none is open. */
    RxFrame writtenBack(long seq, int hwQueue) {
        RxFrame f = open.get(seq);
        if (f == null || f.written) {
            return null;
        }
        f.written = true;
        inStack++;
        // only the queue the hardware used proves anything: the model's queue may differ (that
        // is an rx.queue mismatch) and its earlier frames may still be waiting to be harvested
        dropEarlier(hwQueue, seq);
        expected[f.modelQueue()].remove(f);
        return f;
    }

    private void dropEarlier(int q, long seq) {
        ArrayDeque<RxFrame> d = expected[q];
        while (!d.isEmpty() && d.peekFirst().index < seq) {
            RxFrame dropped = d.pollFirst();
            if (writeFailures[q] > 0) {
                writeFailures[q]--;
                resolve(dropped, Fate.ERROR, null);
                continue;
            }
            nobufByQueue[q]++;
            resolve(dropped, Fate.NOBUF, null);
        }
    }

    void handled(RxFrame f, int netisrCpu) {
        deliveredByQueue[f.hwQueue]++;
        if ((f.model.classification().flags() & 0x80) != 0) {
            malformedDelivered++;
        }
        resolve(f, Fate.DELIVERED, netisrCpu);
    }

    void qdropped(RxFrame f) {
        deliveredByQueue[f.hwQueue]++;
        resolve(f, Fate.QDROP, null);
    }

    /** netisr freed {@code f} because its vnet disabled the protocol (written back, so delivered by the NIC). */
    void vnetDropped(RxFrame f) {
        deliveredByQueue[f.hwQueue]++;
        resolve(f, Fate.VNET, null);
    }

    /** End of run: whatever the NIC never wrote back was dropped for want of buffers. */
    void finishNicDrops() {
        for (int q = 0; q < expected.length; q++) {
            dropEarlier(q, Long.MAX_VALUE);
        }
    }

    /** Frames written back but not yet handled or freed by netisr. */
    int inStack() {
        return inStack;
    }

    int open() {
        return open.size();
    }

    long finishedCount() {
        return finished.next();
    }

    private void resolve(RxFrame f, Fate fate, Integer netisrCpu) {
        open.close(f);
        fates[fate.ordinal()]++;
        boolean hw = f.written;
        if (hw) {
            inStack--;
        }
        Long hash = hw ? f.hwHash : null;
        Integer hashType = null;
        Integer bucket = null;
        Integer queue = null;
        if (hw) {
            hashType = f.hwHashType;
            bucket = f.hwHashType != 0 ? Integer.valueOf((int) (f.hwHash & 127)) : null;
            queue = f.hwQueue;
        } else if (fate == Fate.NOBUF) {
            queue = f.modelQueue();   // the ring that had no buffer, as the model placed the frame
        }
        PacketRecord record = new PacketRecord(f.index, f.bytes.length, hashType, hash, f.model.unsignedHash(), bucket,
                queue, hw ? Integer.valueOf(f.ringCpu) : null, netisrCpu, fate, f.ok);
        finished.put(f.index, record);
        for (PacketRecord r = finished.poll(); r != null; r = finished.poll()) {
            observer.packet(r);
        }
    }
}
