package org.nicsim.bridge;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A frame captured from the model's AXI4-Stream TX port. Immutable: {@link #bytes()} hands out a
 * copy. A class rather than a record so that the bridge's batch is copied once per frame, not
 * again by a record's canonical constructor. Callers that drain every pass read a reused
 * {@link TxBatch} instead.
 */
public final class TxFrame {
    private final byte[] bytes;
    private final boolean tuser;
    private final long firstCycle;
    private final long lastCycle;

    /**
     * @param bytes      the bytes whose TKEEP bit was set, in beat and lane order (copied)
     * @param tuser      TUSER[0] was set on any beat
     * @param firstCycle cycle of the first beat's handshake
     * @param lastCycle  cycle of the last beat's handshake
     */
    public TxFrame(byte[] bytes, boolean tuser, long firstCycle, long lastCycle) {
        this(tuser, firstCycle, lastCycle, bytes.clone());
    }

    /** Takes {@code owned} without copying: only for arrays nothing else holds. */
    private TxFrame(boolean tuser, long firstCycle, long lastCycle, byte[] owned) {
        this.bytes = owned;
        this.tuser = tuser;
        this.firstCycle = firstCycle;
        this.lastCycle = lastCycle;
    }

    /** @return a copy of the frame bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return TUSER[0] was set on any beat */
    public boolean tuser() {
        return tuser;
    }

    /** @return cycle of the first beat's handshake */
    public long firstCycle() {
        return firstCycle;
    }

    /** @return cycle of the last beat's handshake */
    public long lastCycle() {
        return lastCycle;
    }

    /** @return the frame length in bytes */
    public int length() {
        return bytes.length;
    }

    /** Compares by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TxFrame t && Arrays.equals(bytes, t.bytes) && tuser == t.tuser
                && firstCycle == t.firstCycle && lastCycle == t.lastCycle;
    }

    /** Hashes by content. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Long.hashCode(firstCycle * 31 + lastCycle) + (tuser ? 1 : 0);
    }

    /** Shows the bytes in hex. */
    @Override
    public String toString() {
        return "TxFrame[len=" + bytes.length + ", tuser=" + tuser + ", cycles=" + firstCycle + ".." + lastCycle
                + ", bytes=" + HexFormat.of().formatHex(bytes) + "]";
    }

    /** A frame that takes {@code owned} without copying: only for arrays nothing else holds. */
    static TxFrame owning(byte[] owned, boolean tuser, long firstCycle, long lastCycle) {
        return new TxFrame(tuser, firstCycle, lastCycle, owned);
    }
}
