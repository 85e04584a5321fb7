package org.nicsim.traffic.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;

/** Test helper: lays out capture files field by field in a chosen byte order. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order;

    Bytes(ByteOrder order) {
        this.order = order;
    }

    Bytes order(ByteOrder o) {
        this.order = o;
        return this;
    }

    Bytes u8(int v) {
        out.write(v);
        return this;
    }

    Bytes u16(int v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            out.write(v >>> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >>> 8);
        }
        return this;
    }

    Bytes u32(long v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            u16((int) (v >>> 16)).u16((int) v);
        } else {
            u16((int) v).u16((int) (v >>> 16));
        }
        return this;
    }

    Bytes u64(long v) {
        if (order == ByteOrder.BIG_ENDIAN) {
            u32(v >>> 32).u32(v);
        } else {
            u32(v).u32(v >>> 32);
        }
        return this;
    }

    /** Raw bytes, in the order given. */
    Bytes raw(byte... b) {
        out.write(b, 0, b.length);
        return this;
    }

    Bytes raw(int... b) {
        for (int x : b) {
            out.write(x);
        }
        return this;
    }

    Bytes zeros(int n) {
        return raw(new byte[n]);
    }

    int size() {
        return out.size();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
