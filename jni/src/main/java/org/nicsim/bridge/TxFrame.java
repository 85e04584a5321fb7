package org.nicsim.bridge;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A frame captured from the model's AXI4-Stream TX port.
 *
 * @param bytes      the bytes whose TKEEP bit was set, in beat and lane order
 * @param tuser      TUSER[0] was set on any beat
 * @param firstCycle cycle of the first beat's handshake
 * @param lastCycle  cycle of the last beat's handshake
 */
public record TxFrame(byte[] bytes, boolean tuser, long firstCycle, long lastCycle) {
    /** Copies {@code bytes}, so the record stays immutable. */
    public TxFrame {
        bytes = bytes.clone();
    }

    /** @return a copy of the frame bytes */
    @Override
    public byte[] bytes() {
        return bytes.clone();
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

    /** Splits the bridge's drainTx result (per frame: length, tuser, first and last cycle; then all bytes). */
    static java.util.List<TxFrame> unpack(Object[] drained) {
        long[] meta = (long[]) drained[0];
        byte[] data = (byte[]) drained[1];
        java.util.List<TxFrame> out = new java.util.ArrayList<>(meta.length / 4);
        int off = 0;
        for (int i = 0; i < meta.length; i += 4) {
            int len = (int) meta[i];
            out.add(new TxFrame(java.util.Arrays.copyOfRange(data, off, off + len), meta[i + 1] != 0, meta[i + 2],
                    meta[i + 3]));
            off += len;
        }
        return out;
    }
}
