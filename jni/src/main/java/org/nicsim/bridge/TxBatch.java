package org.nicsim.bridge;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A reusable view over one batch of frames captured on the TX port, for callers that drain every
 * pass (the co-simulation does): no {@link TxFrame} per frame, and {@link #bytes()} is the only
 * copy of a frame's bytes. Fill it with {@link NicModel#drainTx(TxBatch)}, then step with
 * {@link #next()} and read the current frame. Not thread-safe; the batch is replaced by the next drain.
 */
public final class TxBatch {
    // per frame in the bridge's words: length, tuser, first and last cycle, then the bytes, 8 a word
    private static final int HEADER = 4;
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // small at first (the list form of a drain makes one per call); grows to the largest batch
    private final WordBatch batch = new WordBatch(256);
    private int pos = -1;    // word of the current frame's header; -1 before the first
    private int next;        // word of the next frame's header

    /** An empty batch; {@link #next()} is false until it is filled by a drain. */
    public TxBatch() {
    }

    /** Takes the next batch from {@code drain}. */
    void fill(WordBatch.Drain drain) {
        batch.fill(drain);
        pos = -1;
        next = 0;
    }

    /** Advances to the next frame of the batch; false (and no current frame) past the last one. */
    public boolean next() {
        if (next >= batch.length()) {
            pos = batch.length();
            return false;
        }
        pos = next;
        next = after(batch.words(), pos);
        return true;
    }

    /** @return the number of frames in the batch */
    public int size() {
        int n = 0;
        for (int at = 0; at < batch.length(); at = after(batch.words(), at)) {
            n++;
        }
        return n;
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
        byte[] out = new byte[length()];
        long[] w = batch.words();
        int at = pos + HEADER;
        int k = 0;
        for (; k + 8 <= out.length; k += 8) {
            LITTLE_ENDIAN_LONGS.set(out, k, w[at++]);
        }
        for (int b = 0; k < out.length; k++, b += 8) {   // the last word's bytes, lowest first
            out[k] = (byte) (w[at] >>> b);
        }
        return out;
    }

    /** @return the current frame as a value, for keeping it beyond this batch */
    public TxFrame toFrame() {
        return TxFrame.owning(bytes(), tuser(), firstCycle(), lastCycle());
    }

    private long word(int i) {
        if (pos < 0 || pos >= batch.length()) {
            throw new IllegalStateException("no current frame: call next() and check that it returned true");
        }
        return batch.words()[pos + i];
    }

    /** The word after the frame whose header is at {@code at}. */
    private static int after(long[] w, int at) {
        return at + HEADER + (int) ((w[at] + 7) >>> 3);
    }
}
