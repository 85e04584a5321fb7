package org.nicsim.traffic.pcap;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pcapng files laid out by hand from the pcapng specification (draft-ietf-opsawg-pcapng): every
 * block is type, total length, body padded to 32 bits, total length again.
 */
class PcapNgReaderTest {
    static final byte[] A = CaptureReaderTest.FRAME_A; // 60 bytes
    static final byte[] B = CaptureReaderTest.FRAME_B; // 75 bytes, needs 1 byte of padding

    static int pad4(int n) {
        return (n + 3) / 4 * 4;
    }

    static Bytes shb(Bytes b, ByteOrder order) {
        return b.order(order).u32(0x0A0D0D0AL).u32(28).u32(0x1A2B3C4DL).u16(1).u16(0).u64(-1L).u32(28);
    }

    /** Interface Description Block; {@code options} already laid out (code, length, padded value, end). */
    static Bytes idb(Bytes b, int linkType, long snap, byte[] options) {
        int len = 20 + options.length;
        return b.u32(1).u32(len).u16(linkType).u16(0).u32(snap).raw(options).u32(len);
    }

    static Bytes epb(Bytes b, long ifId, long ts, byte[] data, long original) {
        int len = 32 + pad4(data.length);
        return b.u32(6).u32(len).u32(ifId).u32(ts >>> 32).u32(ts & 0xFFFFFFFFL).u32(data.length).u32(original)
                .raw(data).zeros(pad4(data.length) - data.length).u32(len);
    }

    static Bytes spb(Bytes b, byte[] data, long original) {
        int len = 16 + pad4(data.length);
        return b.u32(3).u32(len).u32(original).raw(data).zeros(pad4(data.length) - data.length).u32(len);
    }

    static byte[] options(ByteOrder o, int code, byte[] value) {
        return new Bytes(o).u16(code).u16(value.length).raw(value).zeros(pad4(value.length) - value.length)
                .u16(0).u16(0).toArray();
    }

    static List<CapturedFrame> read(byte[] file) throws IOException {
        List<CapturedFrame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(file), "test.pcapng")) {
            assertEquals(CaptureReader.Format.PCAPNG, r.format());
            r.forEach(out::add);
        }
        return out;
    }

    static PcapFormatException failure(byte[] file) {
        return assertThrows(PcapFormatException.class, () -> read(file));
    }

    /** A little-endian section with two Ethernet interfaces: 0 in nanoseconds, 1 in default microseconds. */
    static Bytes twoInterfaces() {
        Bytes b = shb(new Bytes(LITTLE_ENDIAN), LITTLE_ENDIAN);
        idb(b, 1, 65535, options(LITTLE_ENDIAN, 9, new byte[] {9})); // if_tsresol 10^-9
        idb(b, 1, 0, new byte[0]);
        return b;
    }

    @Test
    void twoInterfacesSkippedBlocksAndTwoSectionsReadInOrder() throws IOException {
        Bytes b = twoInterfaces();
        epb(b, 1, 1_500_000, A, 60); // interface 1: microseconds -> 1.5 s
        b.u32(0x0BAD).u32(20).zeros(8).u32(20); // unknown block type: skipped
        epb(b, 0, 123_456_789_012L, B, 75); // interface 0: nanoseconds
        spb(b, A, 60); // simple packet: interface 0, no timestamp
        b.u32(4).u32(16).u32(0).u32(16); // Name Resolution Block with only opt_endofrecord: skipped
        // second section, big-endian: one interface in 1/8 s units (if_tsresol 0x83), if_tsoffset 10 s
        shb(b, BIG_ENDIAN);
        byte[] opts = new Bytes(BIG_ENDIAN).u16(9).u16(1).raw(0x83).zeros(3).u16(14).u16(8).u64(10).u16(0).u16(0).toArray();
        idb(b, 1, 65535, opts);
        epb(b, 0, 8, B, 1514);

        List<CapturedFrame> f = read(b.toArray());
        assertEquals(4, f.size());
        assertArrayEquals(A, f.get(0).bytes());
        assertEquals(1, f.get(0).interfaceId());
        assertEquals(1_500_000_000L, f.get(0).timestampNanos());
        assertArrayEquals(B, f.get(1).bytes());
        assertEquals(0, f.get(1).interfaceId());
        assertEquals(123_456_789_012L, f.get(1).timestampNanos());
        assertArrayEquals(A, f.get(2).bytes());
        assertEquals(0, f.get(2).timestampNanos());
        assertArrayEquals(B, f.get(3).bytes());
        assertEquals(1514, f.get(3).originalLength());
        assertEquals(11_000_000_000L, f.get(3).timestampNanos()); // 8 * 1/8 s + 10 s
        assertEquals(3, f.get(3).index());
    }

    @Test
    void simplePacketIsCutToTheInterfaceSnapLength() throws IOException {
        Bytes b = shb(new Bytes(BIG_ENDIAN), BIG_ENDIAN);
        idb(b, 1, 64, new byte[0]);
        spb(b, B, 75);
        CapturedFrame f = read(b.toArray()).get(0);
        assertEquals(64, f.length());
        assertEquals(75, f.originalLength());
    }

    @Test
    void interfaceFcsLengthIsStripped() throws IOException {
        Bytes b = shb(new Bytes(LITTLE_ENDIAN), LITTLE_ENDIAN);
        idb(b, 1, 0, options(LITTLE_ENDIAN, 13, new byte[] {4})); // if_fcslen 4 bytes
        epb(b, 0, 0, B, 75);
        assertArrayEquals(java.util.Arrays.copyOf(B, 71), read(b.toArray()).get(0).bytes());
    }

    @Test
    void badBlockTotalLengthFailsAtTheLengthField() {
        Bytes b = twoInterfaces();
        int at = b.size();
        b.u32(6).u32(13).zeros(20);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 4, e.offset());
        assertTrue(e.getMessage().contains("bad block total length 13"), e.getMessage());
    }

    @Test
    void mismatchedTrailingLengthFailsAtTheTrailer() {
        Bytes b = twoInterfaces();
        int at = b.size();
        byte[] good = epb(new Bytes(LITTLE_ENDIAN), 0, 0, A, 60).toArray();
        good[good.length - 4] = 0x50; // trailing length 0x50 instead of 92
        b.raw(good);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + good.length - 4, e.offset());
        assertTrue(e.getMessage().contains("trailing block total length 80"), e.getMessage());
    }

    @Test
    void truncatedBlockFailsWhereItsBodyStarts() {
        Bytes b = twoInterfaces();
        int at = b.size();
        byte[] good = epb(new Bytes(LITTLE_ENDIAN), 0, 0, A, 60).toArray();
        b.raw(java.util.Arrays.copyOf(good, 40));
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 8, e.offset());
        assertTrue(e.getMessage().contains("truncated Enhanced Packet Block: expected 84 bytes, found 32"), e.getMessage());
    }

    @Test
    void truncatedBlockHeaderFailsAtTheBlockStart() {
        Bytes b = twoInterfaces();
        int at = b.size();
        b.raw(6, 0);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at, e.offset());
    }

    @Test
    void badByteOrderMagicFailsAtTheMagic() {
        byte[] file = new Bytes(LITTLE_ENDIAN).u32(0x0A0D0D0AL).u32(28).u32(0x11223344).u16(1).u16(0).u64(-1).u32(28)
                .toArray();
        PcapFormatException e = failure(file);
        assertEquals(8, e.offset());
        assertTrue(e.getMessage().contains("bad byte-order magic 0x44332211"), e.getMessage());
    }

    @Test
    void nonEthernetInterfaceFailsNamingTheLinkType() {
        Bytes b = shb(new Bytes(LITTLE_ENDIAN), LITTLE_ENDIAN);
        idb(b, 1, 0, new byte[0]);
        idb(b, 101, 0, new byte[0]);
        int at = b.size();
        epb(b, 1, 0, A, 60);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 8, e.offset());
        assertTrue(e.getMessage().contains("link type 101 (RAW) is not supported: expected 1 (ETHERNET)"), e.getMessage());
    }

    @Test
    void undefinedInterfaceFailsAtTheInterfaceId() {
        Bytes b = twoInterfaces();
        int at = b.size();
        epb(b, 2, 0, A, 60);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 8, e.offset());
        assertTrue(e.getMessage().contains("interface id 2 is not defined"), e.getMessage());
    }

    @Test
    void capturedLengthAboveOriginalFailsAtTheCapturedLengthField() {
        Bytes b = twoInterfaces();
        int at = b.size();
        epb(b, 0, 0, A, 59);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 20, e.offset());
    }

    @Test
    void interfacesDoNotCarryOverIntoTheNextSection() {
        Bytes b = twoInterfaces();
        shb(b, LITTLE_ENDIAN);
        int at = b.size();
        epb(b, 0, 0, A, 60);
        assertEquals(at + 8, failure(b.toArray()).offset());
    }

    @Test
    void hugeSectionHeaderLengthFailsWithoutAllocatingIt() {
        byte[] file = new Bytes(BIG_ENDIAN).u32(0x0A0D0D0AL).u32(0xFFFFFFF0L).u32(0x1A2B3C4DL).u16(1).u16(0).toArray();
        PcapFormatException e = failure(file);
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("exceeds the maximum"), e.getMessage());
    }

    @Test
    void hugeUnknownBlockIsSkippedUntilTheFileEnds() {
        Bytes b = twoInterfaces();
        int at = b.size();
        b.u32(0x0BAD).u32(0x7FFFFFF0L).zeros(100);
        PcapFormatException e = failure(b.toArray());
        assertEquals(at + 8, e.offset());
        assertTrue(e.getMessage().contains("truncated body of block type 0xbad"), e.getMessage());
    }
}
