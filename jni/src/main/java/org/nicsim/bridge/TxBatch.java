package org.nicsim.bridge;

import java.util.Arrays;

/**
 * A reusable view over one batch of frames captured on the TX port, for callers that drain every
 * pass (the co-simulation does): no {@link TxFrame} per frame, and {@link #bytes()} is the only
 * copy of a frame's bytes. Fill it with {@link NicModel#drainTx(TxBatch)}, then step with
 * {@link #next()} and read the current frame. Not thread-safe; the batch is replaced by the next drain.
 */
public final class TxBatch {
    static final int WORDS = 4;   // longs per frame in the bridge's batch: length, tuser, first and last cycle

    // kept from drain to drain and grown (at least doubled) when a batch does not fit: a batch
    // reused every pass soon holds the largest one and allocates no more
    private long[] meta = new long[16 * WORDS];
    private byte[] data = new byte[4096];
    private int words;    // of meta the current batch fills
    private int pos = -WORDS;
    private int offset;   // of the current frame's first byte in data
    private int nextOffset;

    /** An empty batch; {@link #next()} is false until it is filled by a drain. */
    public TxBatch() {
    }

    long[] meta() {
        return meta;
    }

    byte[] data() {
        return data;
    }

    /** After a refused drain: makes room for the lengths the bridge wrote into meta[0] and meta[1]. */
    void grow() {
        int needWords = Math.toIntExact(meta[0]);
        int needBytes = Math.toIntExact(meta[1]);
        if (needWords > meta.length) {
            meta = new long[Math.max(needWords, 2 * meta.length)];
        }
        if (needBytes > data.length) {
            data = new byte[Math.max(needBytes, 2 * data.length)];
        }
    }

    /** The drain filled {@code frames} frames: the batch starts before the first of them. */
    void loaded(int frames) {
        words = frames * WORDS;
        pos = -WORDS;
        offset = 0;
        nextOffset = 0;
    }

    /** Advances to the next frame of the batch; false (and no current frame) past the last one. */
    public boolean next() {
        if (pos < words) {
            pos += WORDS;
            offset = nextOffset;
            if (pos < words) {
                nextOffset = offset + (int) meta[pos];
            }
        }
        return pos < words;
    }

    /** @return the number of frames in the batch */
    public int size() {
        return words / WORDS;
    }

    /** @return the current frame's length in bytes */
    public int length() {
        return (int) word(0);
    }

    /** @return TUSER[0] was set on any beat of the current frame */
    public boolean tuser() {
        return word(1) != 0;
    }

    /** @return cycle of the current frame's first beat handshake */
    public long firstCycle() {
        return word(2);
    }

    /** @return cycle of the current frame's last beat handshake */
    public long lastCycle() {
        return word(3);
    }

    /** @return a copy of the current frame's bytes */
    public byte[] bytes() {
        return Arrays.copyOfRange(data, offset, offset + length());
    }

    /** @return the current frame as a value, for keeping it beyond this batch */
    public TxFrame toFrame() {
        return TxFrame.owning(bytes(), tuser(), firstCycle(), lastCycle());
    }

    private long word(int i) {
        if (pos < 0 || pos >= words) {
            throw new IllegalStateException("no current frame: call next() and check that it returned true");
        }
        return meta[pos + i];
    }
}
