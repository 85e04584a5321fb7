package org.nicsim.model.rss;

/**
 * The Toeplitz hash, bit-serial reference form (FreeBSD {@code toeplitz.c} semantics).
 *
 * <p>For each input bit, most significant bit of byte 0 first: if the bit is 1 the current 32-bit
 * window of the key is XORed into the result; then the window slides one bit left and the key's
 * next bit enters at the bottom. Past the end of the key, zero bits enter (as FreeBSD does), so any
 * input length is defined; RSS inputs are at most 36 bytes.
 */
public final class Toeplitz {
    private Toeplitz() {
    }

    /** Hash of {@code data[off .. off+len)} under {@code key}, unsigned 32 bits in an int. */
    public static int hash(ToeplitzKey key, byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off + len > data.length) {
            throw new IllegalArgumentException("data: range [" + off + ", " + (off + len)
                    + ") outside array of " + data.length);
        }
        int window = key.registerWord(0);
        int result = 0;
        for (int i = 0; i < len; i++) {
            int b = data[off + i] & 0xFF;
            int nextKeyByte = i + 4 < ToeplitzKey.LENGTH ? key.byteAt(i + 4) : 0;
            for (int bit = 7; bit >= 0; bit--) {
                if ((b >>> bit & 1) != 0) {
                    result ^= window;
                }
                window = (window << 1) | (nextKeyByte >>> bit & 1);
            }
        }
        return result;
    }

    public static int hash(ToeplitzKey key, byte[] data) {
        return hash(key, data, 0, data.length);
    }
}
