package org.nicsim.traffic.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads a libpcap savefile: the 24-byte file header (magic a1b2c3d4 microseconds or a1b23c4d
 * nanoseconds, written in either byte order; version 2.x; link type), then 16-byte record headers
 * each followed by the captured bytes.
 */
final class ClassicPcapReader extends CaptureReader {
    static final int FILE_HEADER = 24;
    static final int RECORD_HEADER = 16;
    /** Link-type field bit saying the FCS length in its top 4 bits is valid (libpcap LT_FCS_LENGTH_PRESENT). */
    private static final int FCS_LENGTH_PRESENT = 0x04000000;

    private final ByteOrder order;
    private final long fractionNanos; // nanoseconds per unit of the sub-second field
    private final int fcsBytes;

    private ClassicPcapReader(ByteInput in, ByteOrder order, boolean nano) throws IOException {
        super(in);
        this.order = order;
        this.fractionNanos = nano ? 1 : 1000;
        byte[] rest = in.readExactly(FILE_HEADER - 4, "pcap file header");
        ByteBuffer h = ByteBuffer.wrap(rest).order(order);
        int major = h.getShort(0) & 0xFFFF;
        int minor = h.getShort(2) & 0xFFFF;
        if (major != 2) {
            throw in.error(4, "unsupported pcap version " + major + "." + minor + ": expected 2.x");
        }
        int linkField = h.getInt(16);
        int linkType = linkField & 0xFFFF;
        if (linkType != LinkTypes.ETHERNET) {
            throw in.error(20, LinkTypes.notEthernet(linkType));
        }
        // FCS length is counted in 16-bit words (libpcap LT_FCS_LENGTH)
        this.fcsBytes = (linkField & FCS_LENGTH_PRESENT) != 0 ? ((linkField >>> 28) & 0xF) * 2 : 0;
    }

    /** The reader for this big-endian reading of the magic, or null if it is no pcap magic. */
    static ClassicPcapReader fromMagic(ByteInput in, long magic) throws IOException {
        if (magic == 0xA1B2C3D4L) {
            return new ClassicPcapReader(in, ByteOrder.BIG_ENDIAN, false);
        } else if (magic == 0xD4C3B2A1L) {
            return new ClassicPcapReader(in, ByteOrder.LITTLE_ENDIAN, false);
        } else if (magic == 0xA1B23C4DL) {
            return new ClassicPcapReader(in, ByteOrder.BIG_ENDIAN, true);
        } else if (magic == 0x4D3CB2A1L) {
            return new ClassicPcapReader(in, ByteOrder.LITTLE_ENDIAN, true);
        }
        return null;
    }

    @Override
    public Format format() {
        return Format.PCAP;
    }

    @Override
    CapturedFrame readNext(long index) throws IOException {
        long at = in.offset();
        byte[] header = new byte[RECORD_HEADER];
        int got = in.readUpTo(header, 0, RECORD_HEADER);
        if (got == 0) {
            return null;
        }
        if (got < RECORD_HEADER) {
            throw in.error(at, "truncated record header: expected " + RECORD_HEADER + " bytes, found " + got);
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(order);
        long seconds = h.getInt(0) & 0xFFFFFFFFL;
        long fraction = h.getInt(4) & 0xFFFFFFFFL;
        long captured = h.getInt(8) & 0xFFFFFFFFL;
        long original = h.getInt(12) & 0xFFFFFFFFL;
        checkLengths(at + 8, captured, original);
        byte[] data = in.readExactly((int) captured, "packet data of record " + index);
        return frame(index, seconds * 1_000_000_000L + fraction * fractionNanos, 0, original, data, fcsBytes);
    }
}
