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
    /** "00", "01", ... "99": the two ASCII digits of every number below 100. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

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
        // written from the last digit back, two digits per division: most values have several
        int end = len + digits(v);
        int p = end;
        while (v >= 100) {
            int r = (int) (v % 100);
            v /= 100;
            buf[--p] = PAIRS[2 * r + 1];
            buf[--p] = PAIRS[2 * r];
        }
        if (v >= 10) {
            buf[--p] = PAIRS[2 * (int) v + 1];
            buf[--p] = PAIRS[2 * (int) v];
        } else {
            buf[--p] = (byte) ('0' + v);
        }
        len = end;
        return this;
    }

    /** Decimal digits of {@code v >= 0}. */
    private static int digits(long v) {
        int n = 1;
        for (long limit = 10; n < 19 && v >= limit; limit *= 10) {
            n++;
        }
        return n;
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
