package org.nicsim.traffic.pcap;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pcapng: a sequence of sections, each a Section Header Block (which sets the byte order)
 * followed by blocks. Interface Description Blocks define interfaces (link type, snap length,
 * timestamp resolution and offset, FCS length); Enhanced, Simple and obsolete Packet Blocks carry
 * frames; every other block type is skipped by its length. Frames are only accepted from Ethernet
 * interfaces.
 */
final class PcapNgReader extends CaptureReader {
    static final long SHB_TYPE = 0x0A0D0D0AL;
    static final int IDB_TYPE = 1;
    static final int OBSOLETE_PACKET_TYPE = 2;
    static final int SIMPLE_PACKET_TYPE = 3;
    static final int ENHANCED_PACKET_TYPE = 6;
    /** Largest block this reader loads into memory (unknown blocks of any size are skipped). */
    static final int MAX_BLOCK = 1 << 24;

    private static final int OPT_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_FCSLEN = 13;
    private static final int IF_TSOFFSET = 14;

    private ByteOrder order;
    private final List<Interface> interfaces = new ArrayList<>();

    /** One interface of the current section. */
    private record Interface(long definedAt, int linkType, long snapLength, int tsResolution,
                             long tsOffsetSeconds, int fcsBytes) {
        /** Nanoseconds for a raw timestamp, by if_tsresol (MSB 0: 10^-n s units, MSB 1: 2^-n). */
        long nanos(long raw) {
            int n = tsResolution & 0x7F;
            long base;
            if ((tsResolution & 0x80) == 0) {
                base = n <= 9 ? raw * pow10(9 - n) : Long.divideUnsigned(raw, pow10(n - 9));
            } else {
                base = new BigInteger(Long.toUnsignedString(raw)).multiply(BigInteger.valueOf(1_000_000_000L))
                        .shiftRight(n).longValue();
            }
            return base + tsOffsetSeconds * 1_000_000_000L;
        }
    }

    PcapNgReader(ByteInput in) throws IOException {
        super(in);
        readSectionHeader(0);
    }

    @Override
    public Format format() {
        return Format.PCAPNG;
    }

    @Override
    CapturedFrame readNext(long index) throws IOException {
        while (true) {
            long at = in.offset();
            byte[] type = new byte[4];
            int got = in.readUpTo(type, 0, 4);
            if (got == 0) {
                return null;
            }
            if (got < 4) {
                throw in.error(at, "truncated block header: expected 8 bytes, found " + got);
            }
            if (u32(type, 0, ByteOrder.BIG_ENDIAN) == SHB_TYPE) {
                readSectionHeader(at);
                continue;
            }
            long blockType = u32(type, 0, order);
            byte[] lenBytes = new byte[4];
            got = in.readUpTo(lenBytes, 0, 4);
            if (got < 4) {
                throw in.error(at, "truncated block header: expected 8 bytes, found " + (4 + got));
            }
            long length = u32(lenBytes, 0, order);
            if (blockType == IDB_TYPE) {
                readInterface(at, readBlock(at, length, 20, "Interface Description Block"));
            } else if (blockType == ENHANCED_PACKET_TYPE) {
                return readEnhanced(index, at, readBlock(at, length, 32, "Enhanced Packet Block"));
            } else if (blockType == SIMPLE_PACKET_TYPE) {
                return readSimple(index, at, readBlock(at, length, 16, "Simple Packet Block"));
            } else if (blockType == OBSOLETE_PACKET_TYPE) {
                return readObsolete(index, at, readBlock(at, length, 32, "Packet Block"));
            } else {
                checkLength(at, length, 12, "block type 0x" + Long.toHexString(blockType));
                in.skipExactly(length - 12, "body of block type 0x" + Long.toHexString(blockType));
                checkTrailer(at, length, in.readExactly(4, "trailing block total length"), 0);
            }
        }
    }

    /** Reads a Section Header Block whose 4-byte type at {@code at} was already consumed. */
    private void readSectionHeader(long at) throws IOException {
        byte[] head = in.readExactly(8, "Section Header Block");
        long magic = u32(head, 4, ByteOrder.BIG_ENDIAN);
        if (magic == 0x1A2B3C4DL) {
            order = ByteOrder.BIG_ENDIAN;
        } else if (magic == 0x4D3C2B1AL) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else {
            throw in.error(at + 8, String.format("bad byte-order magic 0x%08x: expected 1a2b3c4d in either byte order", magic));
        }
        long length = u32(head, 0, order);
        checkLength(at, length, 28, "Section Header Block");
        if (length > MAX_BLOCK) {
            throw in.error(at + 4, "Section Header Block total length " + length + " exceeds the maximum " + MAX_BLOCK);
        }
        byte[] rest = in.readExactly((int) length - 12, "Section Header Block");
        ByteBuffer b = ByteBuffer.wrap(rest).order(order);
        int major = b.getShort(0) & 0xFFFF;
        int minor = b.getShort(2) & 0xFFFF;
        if (major != 1) {
            throw in.error(at + 12, "unsupported pcapng version " + major + "." + minor + ": expected 1.x");
        }
        checkTrailer(at, length, rest, rest.length - 4);
        interfaces.clear();
    }

    /** Reads the rest of a known block (after type and length), checks both lengths, returns it whole. */
    private ByteBuffer readBlock(long at, long length, int min, String what) throws IOException {
        checkLength(at, length, min, what);
        if (length > MAX_BLOCK) {
            throw in.error(at + 4, what + " total length " + length + " exceeds the maximum " + MAX_BLOCK);
        }
        byte[] block = new byte[(int) length];
        byte[] rest = in.readExactly((int) length - 8, what);
        System.arraycopy(rest, 0, block, 8, rest.length);
        checkTrailer(at, length, block, block.length - 4);
        return ByteBuffer.wrap(block).order(order);
    }

    private void checkLength(long at, long length, int min, String what) {
        if (length < min || length % 4 != 0) {
            throw in.error(at + 4, "bad block total length " + length + " for " + what
                    + ": expected a multiple of 4, at least " + min);
        }
    }

    private void checkTrailer(long at, long length, byte[] b, int off) {
        long trailer = u32(b, off, order);
        if (trailer != length) {
            throw in.error(at + length - 4, "trailing block total length " + trailer
                    + " does not match the leading one, " + length);
        }
    }

    private void readInterface(long at, ByteBuffer b) {
        int linkType = b.getShort(8) & 0xFFFF;
        long snap = b.getInt(12) & 0xFFFFFFFFL;
        int tsResolution = 6;
        long tsOffset = 0;
        int fcs = 0;
        int end = b.capacity() - 4;
        int pos = 16;
        while (pos + 4 <= end) {
            int code = b.getShort(pos) & 0xFFFF;
            int len = b.getShort(pos + 2) & 0xFFFF;
            if (code == OPT_END) {
                break;
            }
            if (pos + 4 + len > end) {
                throw in.error(at + pos + 2, "option " + code + " length " + len + " runs past the end of the block");
            }
            if (code == IF_TSRESOL && len >= 1) {
                tsResolution = b.get(pos + 4) & 0xFF;
                int n = tsResolution & 0x7F;
                if ((tsResolution & 0x80) == 0 ? n > 27 : n > 63) {
                    throw in.error(at + pos + 4, "unsupported if_tsresol 0x" + Integer.toHexString(tsResolution));
                }
            } else if (code == IF_TSOFFSET && len >= 8) {
                tsOffset = b.getLong(pos + 4);
            } else if (code == IF_FCSLEN && len >= 1) {
                fcs = b.get(pos + 4) & 0xFF;
            }
            pos += 4 + (len + 3) / 4 * 4;
        }
        interfaces.add(new Interface(at, linkType, snap, tsResolution, tsOffset, fcs));
    }

    private Interface ethernetInterface(long at, long id) {
        if (id >= interfaces.size()) {
            throw in.error(at, "interface id " + id + " is not defined: the section has " + interfaces.size()
                    + " interface(s)");
        }
        Interface i = interfaces.get((int) id);
        if (i.linkType() != LinkTypes.ETHERNET) {
            throw in.error(at, "interface " + id + " (Interface Description Block at byte offset " + i.definedAt()
                    + "): " + LinkTypes.notEthernet(i.linkType()));
        }
        return i;
    }

    private CapturedFrame readEnhanced(long index, long at, ByteBuffer b) {
        long id = b.getInt(8) & 0xFFFFFFFFL;
        Interface i = ethernetInterface(at + 8, id);
        long ts = ((b.getInt(12) & 0xFFFFFFFFL) << 32) | (b.getInt(16) & 0xFFFFFFFFL);
        return packet(index, at, b, i, (int) id, ts, 20);
    }

    private CapturedFrame readObsolete(long index, long at, ByteBuffer b) {
        int id = b.getShort(8) & 0xFFFF;
        Interface i = ethernetInterface(at + 8, id);
        long ts = ((b.getInt(12) & 0xFFFFFFFFL) << 32) | (b.getInt(16) & 0xFFFFFFFFL);
        return packet(index, at, b, i, id, ts, 20);
    }

    /** Enhanced and obsolete packet blocks: captured length at {@code capOff}, original after it, data at +8. */
    private CapturedFrame packet(long index, long at, ByteBuffer b, Interface i, int id, long ts, int capOff) {
        long captured = b.getInt(capOff) & 0xFFFFFFFFL;
        long original = b.getInt(capOff + 4) & 0xFFFFFFFFL;
        checkLengths(at + capOff, captured, original);
        int data = capOff + 8;
        if (data + (captured + 3) / 4 * 4 + 4 > b.capacity()) {
            throw in.error(at + capOff, "captured length " + captured + " does not fit in the block of total length "
                    + b.capacity());
        }
        byte[] bytes = new byte[(int) captured];
        b.get(data, bytes);
        return frame(index, i.nanos(ts), id, original, bytes, i.fcsBytes());
    }

    private CapturedFrame readSimple(long index, long at, ByteBuffer b) {
        Interface i = ethernetInterface(at, 0);
        long original = b.getInt(8) & 0xFFFFFFFFL;
        long available = b.capacity() - 16L;
        long captured = Math.min(original, available);
        if (i.snapLength() > 0) {
            captured = Math.min(captured, i.snapLength());
        }
        checkLengths(at + 8, captured, original);
        byte[] bytes = new byte[(int) captured];
        b.get(12, bytes);
        return frame(index, 0, 0, original, bytes, i.fcsBytes());
    }

    private static long pow10(int n) {
        long p = 1;
        for (int k = 0; k < n; k++) {
            p *= 10;
        }
        return p;
    }

    private static long u32(byte[] b, int off, ByteOrder order) {
        return ByteBuffer.wrap(b, off, 4).order(order).getInt() & 0xFFFFFFFFL;
    }
}
