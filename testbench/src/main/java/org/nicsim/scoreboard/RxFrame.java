package org.nicsim.scoreboard;

import org.nicsim.host.RxPayload;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.run.Fate;

/**
 * An injected frame on its way through the NIC and the stack, with the model's prediction.
 * Mutable only by the engine's single thread; dropped as soon as its fate is final.
 */
final class RxFrame implements RxPayload {
    final long index;
    final byte[] bytes;
    final RssPlacement model;      // classification, hash type, hash, bucket, queue
    final int modelRingCpu;
    final Fate predictedDrop;      // ERROR when the NIC must drop it, else null
    final long injectCycle;
    boolean written;               // the NIC wrote it back
    boolean ok = true;
    int hwHashType;
    long hwHash;
    int hwQueue = -1;
    int ringCpu = -1;
    int proto;                     // netisr protocol from the write-back flags
    long cycle;

    RxFrame(long index, byte[] bytes, RssPlacement model, int modelRingCpu, Fate predictedDrop, long injectCycle) {
        this.index = index;
        this.bytes = bytes;
        this.model = model;
        this.modelRingCpu = modelRingCpu;
        this.predictedDrop = predictedDrop;
        this.injectCycle = injectCycle;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    int modelQueue() {
        return model.queue();
    }
}
