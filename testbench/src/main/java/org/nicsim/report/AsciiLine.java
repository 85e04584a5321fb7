package org.nicsim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable byte buffer for one line of ASCII text (the JSONL outputs). Appending numbers and
 * fixed words straight into bytes avoids building a String and encoding it for every frame, which
 * was a quarter of the co-simulation's Java time per 64-byte frame. Not thread-safe.
 */
final class AsciiLine {
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] LONG_MIN = "-9223372036854775808".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[256];
    private int len;

    /** A fixed ASCII text (a JSON key with its punctuation), encoded and checked once. */
    static final class Word {
        private final byte[] bytes;

        private Word(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /**
     * The word {@code s}, for lines that repeat it on every frame.
     *
     * @throws IllegalArgumentException if {@code s} has a non-ASCII character
     */
    static Word word(String s) {
        return new Word(new AsciiLine().append(s).toBytes());
    }

    /** Empties the line; the buffer is kept. */
    AsciiLine reset() {
        len = 0;
        return this;
    }

    /**
     * Appends {@code s}, which must be ASCII (the JSON keys and fixed words are).
     *
     * @throws IllegalArgumentException if {@code s} has a non-ASCII character
     */
    AsciiLine append(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("text: non-ASCII character at " + i + " in \"" + s + "\"");
            }
            buf[len++] = (byte) c;
        }
        return this;
    }

    AsciiLine append(Word w) {
        return append(w.bytes);
    }

    AsciiLine append(char c) {
        if (c >= 0x80) {
            throw new IllegalArgumentException("c: non-ASCII character " + (int) c);
        }
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends {@code v} in decimal, as {@link Long#toString(long)} would. */
    AsciiLine append(long v) {
        if (v == Long.MIN_VALUE) {
            return append(LONG_MIN);   // has no positive counterpart to negate
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {   // digits came least significant first
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    AsciiLine append(boolean b) {
        return append(b ? TRUE : FALSE);
    }

    /** Appends {@code v} in decimal, or {@code null} (the JSON literal) for a null. */
    AsciiLine appendOrNull(Long v) {
        return v == null ? append(NULL) : append(v.longValue());
    }

    /** Appends {@code v} in decimal, or {@code null} (the JSON literal) for a null. */
    AsciiLine appendOrNull(Integer v) {
        return v == null ? append(NULL) : append(v.longValue());
    }

    /** Writes the line's bytes to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    int length() {
        return len;
    }

    private byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.US_ASCII);
    }

    private AsciiLine append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
