package org.nicsim.model.rss;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table-driven Toeplitz hash with tables precomputed per key (as DragonFly's toeplitz cache).
 *
 * <p>The hash is linear over GF(2): the contribution of input byte {@code i} with value {@code v}
 * depends only on {@code (i, v)}, so {@code table[i][v]} holds it and the hash is the XOR of one
 * lookup per input byte. Bit for bit equal to {@link Toeplitz#hash}.
 */
public final class ToeplitzTable {
    /** Byte positions with a non-zero key window: 40-byte key, the window leaves it after 40 bytes. */
    static final int POSITIONS = ToeplitzKey.LENGTH;

    private static final Map<ToeplitzKey, ToeplitzTable> CACHE = new ConcurrentHashMap<>();

    private final ToeplitzKey key;
    /** Flattened [position][byte value]. */
    private final int[] table = new int[POSITIONS * 256];

    private ToeplitzTable(ToeplitzKey key) {
        this.key = key;
        for (int i = 0; i < POSITIONS; i++) {
            int[] bitWindow = new int[8];
            for (int bit = 0; bit < 8; bit++) {
                bitWindow[bit] = window(key, 8 * i + bit);
            }
            for (int v = 0; v < 256; v++) {
                int h = 0;
                for (int bit = 0; bit < 8; bit++) {
                    if ((v & (0x80 >>> bit)) != 0) {
                        h ^= bitWindow[bit];
                    }
                }
                table[i * 256 + v] = h;
            }
        }
    }

    /** Key bits [start, start+32) as an int, zeros past the end of the key. */
    private static int window(ToeplitzKey key, int start) {
        int w = 0;
        for (int k = 0; k < 32; k++) {
            int bitIndex = start + k;
            int bit = bitIndex < 8 * ToeplitzKey.LENGTH ? key.byteAt(bitIndex >>> 3) >>> (7 - (bitIndex & 7)) & 1 : 0;
            w = (w << 1) | bit;
        }
        return w;
    }

    /** The (cached) table for {@code key}. */
    public static ToeplitzTable forKey(ToeplitzKey key) {
        return CACHE.computeIfAbsent(key, ToeplitzTable::new);
    }

    public ToeplitzKey key() {
        return key;
    }

    /** Hash of {@code data[off .. off+len)}, unsigned 32 bits in an int. */
    public int hash(byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off + len > data.length) {
            throw new IllegalArgumentException("data: range [" + off + ", " + (off + len)
                    + ") outside array of " + data.length);
        }
        int n = Math.min(len, POSITIONS); // bytes beyond position 39 meet an all-zero window
        int h = 0;
        final int[] t = table;
        for (int i = 0; i < n; i++) {
            h ^= t[(i << 8) | (data[off + i] & 0xFF)];
        }
        return h;
    }

    public int hash(byte[] data) {
        return hash(data, 0, data.length);
    }

    /** IPv4 4-tuple hash without building an array: addresses and ports in host int form. */
    public int hashIpv4(int srcAddr, int dstAddr, int srcPort, int dstPort) {
        final int[] t = table;
        return hashInt(t, 0, srcAddr) ^ hashInt(t, 4, dstAddr)
                ^ t[(8 << 8) | (srcPort >>> 8 & 0xFF)] ^ t[(9 << 8) | (srcPort & 0xFF)]
                ^ t[(10 << 8) | (dstPort >>> 8 & 0xFF)] ^ t[(11 << 8) | (dstPort & 0xFF)];
    }

    /** IPv4 address-pair hash. */
    public int hashIpv4(int srcAddr, int dstAddr) {
        return hashInt(table, 0, srcAddr) ^ hashInt(table, 4, dstAddr);
    }

    private static int hashInt(int[] t, int pos, int v) {
        return t[(pos << 8) | (v >>> 24)] ^ t[((pos + 1) << 8) | (v >>> 16 & 0xFF)]
                ^ t[((pos + 2) << 8) | (v >>> 8 & 0xFF)] ^ t[((pos + 3) << 8) | (v & 0xFF)];
    }
}
