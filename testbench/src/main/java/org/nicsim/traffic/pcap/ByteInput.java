package org.nicsim.traffic.pcap;

import java.io.IOException;
import java.io.InputStream;

/** A forward-only input that knows its byte offset, for reporting where a capture is broken. */
final class ByteInput implements AutoCloseable {
    private final InputStream in;
    private final String name;
    private long offset;

    ByteInput(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    String name() {
        return name;
    }

    long offset() {
        return offset;
    }

    /** Reads up to {@code n} bytes into {@code b}; fewer only at end of input. */
    int readUpTo(byte[] b, int off, int n) throws IOException {
        int got = 0;
        while (got < n) {
            int k = in.read(b, off + got, n - got);
            if (k < 0) {
                break;
            }
            got += k;
        }
        offset += got;
        return got;
    }

    /** Reads exactly {@code n} bytes, or fails naming {@code what} at the offset where it started. */
    byte[] readExactly(int n, String what) throws IOException {
        long start = offset;
        byte[] b = new byte[n];
        int got = readUpTo(b, 0, n);
        if (got < n) {
            throw error(start, "truncated " + what + ": expected " + n + " bytes, found " + got);
        }
        return b;
    }

    /**
     * Skips exactly {@code n} bytes by reading them (InputStream.skip may run past the end of a
     * file without saying so), or fails naming {@code what}.
     */
    void skipExactly(long n, String what) throws IOException {
        long start = offset;
        long left = n;
        byte[] scratch = new byte[8192];
        while (left > 0) {
            int k = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (k < 0) {
                throw error(start, "truncated " + what + ": expected " + n + " bytes, found " + (n - left));
            }
            left -= k;
            offset += k;
        }
    }

    PcapFormatException error(long at, String problem) {
        return new PcapFormatException(name, at, problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
