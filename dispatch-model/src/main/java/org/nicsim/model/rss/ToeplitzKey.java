package org.nicsim.model.rss;

import java.util.Arrays;
import java.util.HexFormat;

/** A 40-byte RSS secret key (immutable). */
public final class ToeplitzKey {
    /** Key length in bytes, as the NIC's RSS_KEY[0..9] registers and FreeBSD's {@code RSS_KEYSIZE}. */
    public static final int LENGTH = 40;

    /** The Microsoft verification key, also FreeBSD's default {@code rss_key}. */
    public static final ToeplitzKey DEFAULT = fromHex(
            "6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa");

    private final byte[] bytes;

    private ToeplitzKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @throws IllegalArgumentException if {@code key} is null or not 40 bytes */
    public static ToeplitzKey of(byte[] key) {
        if (key == null || key.length != LENGTH) {
            throw new IllegalArgumentException("rss.key: expected " + LENGTH + " bytes, got "
                    + (key == null ? "null" : key.length));
        }
        return new ToeplitzKey(key.clone());
    }

    /** @throws IllegalArgumentException if not exactly 80 hex digits */
    public static ToeplitzKey fromHex(String hex) {
        if (hex == null || hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("rss.key: expected " + 2 * LENGTH + " hex digits, got "
                    + (hex == null ? "null" : hex.length()));
        }
        try {
            return new ToeplitzKey(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rss.key: not hexadecimal: " + hex, e);
        }
    }

    /** Byte {@code i} of the key, 0..255. */
    public int byteAt(int i) {
        return bytes[i] & 0xFF;
    }

    /** A copy of the key bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The key as the NIC's RSS_KEY register word {@code i}: key[4i] in bits 31..24. */
    public int registerWord(int i) {
        return (byteAt(4 * i) << 24) | (byteAt(4 * i + 1) << 16) | (byteAt(4 * i + 2) << 8) | byteAt(4 * i + 3);
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToeplitzKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ToeplitzKey[" + toHex() + "]";
    }
}
