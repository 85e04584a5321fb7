package org.nicsim.scoreboard;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A flow's tuple bytes as a map key: equal when the bytes are equal, hashed once, eight bytes at a
 * time (a byte-wise hash of a 36-byte IPv6 tuple on every handled frame was most of the flow
 * order check's time).
 */
final class FlowKey {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MIX = 0x9E37_79B9_7F4A_7C15L;   // 2^64 / golden ratio, odd

    private final byte[] tuple;
    private final int hash;

    /** The key of {@code tuple}, which the key keeps: the caller must not change it after. */
    FlowKey(byte[] tuple) {
        this.tuple = tuple;
        long h = tuple.length;
        int i = 0;
        for (; i + 8 <= tuple.length; i += 8) {
            h = (h ^ (long) LONGS.get(tuple, i)) * MIX;
        }
        for (; i < tuple.length; i++) {
            h = (h ^ (tuple[i] & 0xFF)) * MIX;
        }
        this.hash = (int) (h ^ h >>> 32);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.hash == hash && Arrays.equals(k.tuple, tuple);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
