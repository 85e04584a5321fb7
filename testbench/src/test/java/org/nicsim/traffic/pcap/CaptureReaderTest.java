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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classic pcap files laid out by hand from the libpcap savefile format (pcap-savefile(5)). */
class CaptureReaderTest {
    static final byte[] FRAME_A = frame(60, 0xA0);
    static final byte[] FRAME_B = frame(75, 0xB0);

    static byte[] frame(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }

    /** File header; {@code magic} is written in {@code order} like a capturing host would. */
    static Bytes header(ByteOrder order, long magic, long linkField) {
        return new Bytes(order).u32(magic).u16(2).u16(4).u32(0).u32(0).u32(65535).u32(linkField);
    }

    static Bytes record(Bytes b, long sec, long frac, byte[] data) {
        return b.u32(sec).u32(frac).u32(data.length).u32(data.length).raw(data);
    }

    static List<CapturedFrame> read(byte[] file) throws IOException {
        List<CapturedFrame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(file), "test.pcap")) {
            r.forEach(out::add);
        }
        return out;
    }

    static PcapFormatException failure(byte[] file) {
        return assertThrows(PcapFormatException.class, () -> read(file));
    }

    @Test
    void littleEndianMicrosecondFileReadsBothRecords() throws IOException {
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1);
        record(b, 1_700_000_000L, 250_000, FRAME_A);
        record(b, 1_700_000_001L, 999_999, FRAME_B);
        byte[] file = b.toArray();
        assertArrayEquals(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1}, java.util.Arrays.copyOf(file, 4));
        List<CapturedFrame> f = read(file);
        assertEquals(2, f.size());
        assertArrayEquals(FRAME_A, f.get(0).bytes());
        assertEquals(1_700_000_000_250_000_000L, f.get(0).timestampNanos());
        assertArrayEquals(FRAME_B, f.get(1).bytes());
        assertEquals(1_700_000_001_999_999_000L, f.get(1).timestampNanos());
        assertEquals(1, f.get(1).index());
    }

    @Test
    void bigEndianMicrosecondFileReads() throws IOException {
        Bytes b = header(BIG_ENDIAN, 0xA1B2C3D4L, 1);
        record(b, 5, 7, FRAME_B);
        List<CapturedFrame> f = read(b.toArray());
        assertArrayEquals(FRAME_B, f.get(0).bytes());
        assertEquals(5_000_007_000L, f.get(0).timestampNanos());
        assertEquals(75, f.get(0).originalLength());
    }

    @Test
    void nanosecondMagicInEitherOrderKeepsNanoseconds() throws IOException {
        for (ByteOrder o : new ByteOrder[] {LITTLE_ENDIAN, BIG_ENDIAN}) {
            Bytes b = header(o, 0xA1B23C4DL, 1);
            record(b, 2, 123_456_789, FRAME_A);
            assertEquals(2_123_456_789L, read(b.toArray()).get(0).timestampNanos(), o.toString());
        }
    }

    @Test
    void snappedRecordKeepsItsOriginalLength() throws IOException {
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1);
        b.u32(0).u32(0).u32(60).u32(1514).raw(FRAME_A);
        CapturedFrame f = read(b.toArray()).get(0);
        assertEquals(1514, f.originalLength());
        assertTrue(f.truncated());
    }

    @Test
    void declaredFcsIsStrippedFromEachFrame() throws IOException {
        // LT_FCS_LENGTH_PRESENT (0x04000000) with 2 16-bit words of FCS in bits 28..31
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 0x24000001L);
        record(b, 0, 0, FRAME_B);
        CapturedFrame f = read(b.toArray()).get(0);
        assertArrayEquals(java.util.Arrays.copyOf(FRAME_B, 71), f.bytes());
        assertEquals(71, f.originalLength());
    }

    @Test
    void headerOnlyFileHasNoFrames() throws IOException {
        assertEquals(0, read(header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1).toArray()).size());
    }

    @Test
    void emptyFileFailsAtOffsetZero() {
        PcapFormatException e = failure(new byte[0]);
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().startsWith("test.pcap: byte offset 0: truncated file header"), e.getMessage());
    }

    @Test
    void badMagicFailsAtOffsetZeroNamingWhatWasExpected() {
        PcapFormatException e = failure(new byte[] {0x12, 0x34, 0x56, 0x78, 0, 0, 0, 0});
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("bad magic number 0x12345678") && e.getMessage().contains("a1b2c3d4"),
                e.getMessage());
    }

    @Test
    void truncatedFileHeaderFailsWhereTheHeaderRestStarts() {
        byte[] file = java.util.Arrays.copyOf(header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1).toArray(), 10);
        PcapFormatException e = failure(file);
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("expected 20 bytes, found 6"), e.getMessage());
    }

    @Test
    void truncatedRecordHeaderFailsAtTheRecordStart() {
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1);
        record(b, 0, 0, FRAME_A); // 24 + 16 + 60 = 100
        b.zeros(5);
        PcapFormatException e = failure(b.toArray());
        assertEquals(100, e.offset());
        assertTrue(e.getMessage().contains("truncated record header: expected 16 bytes, found 5"), e.getMessage());
    }

    @Test
    void truncatedRecordDataFailsWhereTheDataStarts() {
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1);
        b.u32(0).u32(0).u32(60).u32(60).zeros(10);
        PcapFormatException e = failure(b.toArray());
        assertEquals(40, e.offset());
        assertTrue(e.getMessage().contains("expected 60 bytes, found 10"), e.getMessage());
    }

    @Test
    void capturedLengthAboveOriginalFailsAtTheCapturedLengthField() {
        Bytes b = header(BIG_ENDIAN, 0xA1B2C3D4L, 1);
        b.u32(0).u32(0).u32(60).u32(59).raw(FRAME_A);
        PcapFormatException e = failure(b.toArray());
        assertEquals(32, e.offset());
        assertTrue(e.getMessage().contains("captured length 60 exceeds the original length 59"), e.getMessage());
    }

    @Test
    void capturedLengthAbove262144FailsAtTheCapturedLengthField() {
        Bytes b = header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1);
        b.u32(0).u32(0).u32(262145).u32(300000);
        PcapFormatException e = failure(b.toArray());
        assertEquals(32, e.offset());
        assertTrue(e.getMessage().contains("262145 exceeds the maximum 262144"), e.getMessage());
    }

    @Test
    void nonEthernetLinkTypeFailsNamingIt() {
        PcapFormatException e = failure(header(LITTLE_ENDIAN, 0xA1B2C3D4L, 113).toArray());
        assertEquals(20, e.offset());
        assertTrue(e.getMessage().contains("link type 113 (LINUX_SLL) is not supported: expected 1 (ETHERNET)"),
                e.getMessage());
    }

    @Test
    void unsupportedVersionFailsAtTheVersionField() {
        Bytes b = new Bytes(LITTLE_ENDIAN).u32(0xA1B2C3D4L).u16(3).u16(0).u32(0).u32(0).u32(65535).u32(1);
        PcapFormatException e = failure(b.toArray());
        assertEquals(4, e.offset());
    }

    @Test
    void openingAPathNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("in.pcap");
        Files.write(p, new byte[] {1, 2, 3});
        PcapFormatException e = assertThrows(PcapFormatException.class, () -> CaptureReader.open(p));
        assertEquals(p.toString(), e.file());
        assertTrue(e.getMessage().startsWith(p + ": byte offset 0:"), e.getMessage());
    }

    @Test
    void aCaptureIsIteratedOnce() throws IOException {
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(
                header(LITTLE_ENDIAN, 0xA1B2C3D4L, 1).toArray()), "x")) {
            r.iterator();
            assertThrows(IllegalStateException.class, r::iterator);
        }
    }
}
