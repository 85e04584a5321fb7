package org.nicsim.traffic.frame;

/**
 * The Internet checksum of RFC 1071: the 16-bit ones' complement of the ones' complement sum of
 * the data taken as big-endian 16-bit words (an odd trailing byte is padded with a zero byte).
 */
public final class InternetChecksum {
    private InternetChecksum() {
    }

    /**
     * Adds {@code length} bytes at {@code offset} to a running 32-bit-wide partial sum, without
     * folding; chain calls to cover a pseudo-header and a segment. Each call starts on a word
     * boundary, so pass even lengths except for the last piece.
     */
    public static long add(long partial, byte[] data, int offset, int length) {
        long sum = partial;
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if (i < end) {
            sum += (data[i] & 0xFF) << 8;
        }
        return sum;
    }

    /** Folds the carries of a partial sum and returns its ones' complement, 0..0xFFFF. */
    public static int finish(long partial) {
        long sum = partial;
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** The checksum of {@code length} bytes at {@code offset}. */
    public static int of(byte[] data, int offset, int length) {
        return finish(add(0, data, offset, length));
    }
}
