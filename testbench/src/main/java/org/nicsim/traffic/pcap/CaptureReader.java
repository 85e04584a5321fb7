package org.nicsim.traffic.pcap;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the Ethernet frames of a capture file, classic pcap or pcapng, one record at a time.
 * Use with try-with-resources; iterate once:
 * <pre>{@code
 * try (CaptureReader r = CaptureReader.open(path)) {
 *     for (CapturedFrame f : r) { ... }
 * }
 * }</pre>
 * A broken file throws {@link PcapFormatException} (from {@code open} for the file header, from
 * the iterator for records); an I/O error during iteration throws {@link UncheckedIOException}.
 */
public abstract class CaptureReader implements Iterable<CapturedFrame>, Closeable {
    /** Largest captured length accepted (libpcap's maximum snapshot length). */
    public static final int MAX_CAPTURED_LENGTH = 262144;

    /** The two file formats. */
    public enum Format {
        /** libpcap savefile, microsecond or nanosecond, either byte order. */
        PCAP,
        /** pcapng (sections, interfaces, enhanced/simple/obsolete packet blocks). */
        PCAPNG
    }

    final ByteInput in;
    private long nextIndex;
    private CapturedFrame lookahead;
    private boolean iterated;
    private boolean done;

    CaptureReader(ByteInput in) {
        this.in = in;
    }

    /** Opens a file and reads its header; the format is told by the magic number. */
    public static CaptureReader open(Path path) throws IOException {
        InputStream s = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try {
            return open(s, path.toString());
        } catch (RuntimeException | IOException e) {
            s.close();
            throw e;
        }
    }

    /** Reads a capture from a stream; {@code name} is used in error messages. */
    public static CaptureReader open(InputStream stream, String name) throws IOException {
        ByteInput in = new ByteInput(stream, name);
        byte[] magic = new byte[4];
        int got = in.readUpTo(magic, 0, 4);
        if (got < 4) {
            throw in.error(0, "truncated file header: expected a 4-byte pcap or pcapng magic number, found "
                    + got + " bytes");
        }
        long be = ((magic[0] & 0xFFL) << 24) | ((magic[1] & 0xFF) << 16) | ((magic[2] & 0xFF) << 8) | (magic[3] & 0xFF);
        if (be == PcapNgReader.SHB_TYPE) {
            return new PcapNgReader(in);
        }
        ClassicPcapReader classic = ClassicPcapReader.fromMagic(in, be);
        if (classic == null) {
            throw in.error(0, String.format("bad magic number 0x%08x: expected a pcap magic (a1b2c3d4 or a1b23c4d,"
                    + " either byte order) or a pcapng Section Header Block (0a0d0d0a)", be));
        }
        return classic;
    }

    /** Which format the file is in. */
    public abstract Format format();

    /** The next frame, or null at a clean end of file. */
    abstract CapturedFrame readNext(long index) throws IOException;

    /** The single pass over the frames; a second call throws {@link IllegalStateException}. */
    @Override
    public Iterator<CapturedFrame> iterator() {
        if (iterated) {
            throw new IllegalStateException(in.name() + ": a capture can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (lookahead == null && !done) {
                    try {
                        lookahead = readNext(nextIndex);
                    } catch (IOException e) {
                        throw new UncheckedIOException(in.name() + ": byte offset " + in.offset() + ": " + e.getMessage(), e);
                    }
                    if (lookahead == null) {
                        done = true;
                    } else {
                        nextIndex++;
                    }
                }
                return lookahead != null;
            }

            @Override
            public CapturedFrame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException(in.name() + ": no more frames");
                }
                CapturedFrame f = lookahead;
                lookahead = null;
                return f;
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Checks a record's lengths; {@code at} is the offset of the captured-length field. */
    void checkLengths(long at, long captured, long original) {
        if (captured == 0) {
            // legal in a capture, but an AXI4-Stream frame has at least one beat: nothing to inject
            throw in.error(at, "captured length 0: an empty frame cannot be sent to the NIC");
        }
        if (captured > MAX_CAPTURED_LENGTH) {
            throw in.error(at, "captured length " + captured + " exceeds the maximum " + MAX_CAPTURED_LENGTH);
        }
        if (captured > original) {
            throw in.error(at, "captured length " + captured + " exceeds the original length " + original);
        }
    }

    /** Drops a trailing FCS of {@code fcs} bytes from the original length and, if captured, from the bytes. */
    static CapturedFrame frame(long index, long ts, int iface, long original, byte[] data, int fcs) {
        long wire = Math.max(0, original - fcs);
        byte[] bytes = data.length > wire ? java.util.Arrays.copyOf(data, (int) wire) : data;
        return new CapturedFrame(index, ts, iface, (int) Math.min(wire, Integer.MAX_VALUE), bytes);
    }
}
