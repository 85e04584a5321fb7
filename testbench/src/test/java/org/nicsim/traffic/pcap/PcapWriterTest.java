package org.nicsim.traffic.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

class PcapWriterTest {
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void fileHeaderIsLittleEndianNanosecondEthernetWithSnaplen65535() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(out).close();
        // magic a1b23c4d (nanosecond) LE, version 2.4, thiszone 0, sigfigs 0, snaplen 0xffff, linktype 1
        assertArrayEquals(hex("4d3cb2a1 0200 0400 00000000 00000000 ffff0000 01000000"), out.toByteArray());
    }

    @Test
    void recordTimestampIsCycleTimesFourNanoseconds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            // 375,000,250 cycles * 4 ns = 1.500001 s -> 1 s, 500001000 ns (0x1dcd68e8)
            w.write(375_000_250L, new byte[] {1, 2, 3});
        }
        byte[] b = out.toByteArray();
        assertArrayEquals(hex("01000000 e868cd1d 03000000 03000000 010203"), java.util.Arrays.copyOfRange(b, 24, b.length));
    }

    @Test
    void framesLongerThanTheSnapLengthAreCutKeepingTheOriginalLength() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            w.write(0, new byte[70000]);
        }
        byte[] b = out.toByteArray();
        assertArrayEquals(hex("ffff0000 70110100"), java.util.Arrays.copyOfRange(b, 32, 40)); // 65535, 70000
        assertEquals(24 + 16 + 65535, b.length);
    }

    @Test
    void negativeOrDecreasingCyclesAreRejected() throws IOException {
        try (PcapWriter w = new PcapWriter(new ByteArrayOutputStream())) {
            assertThrows(IllegalArgumentException.class, () -> w.write(-1, new byte[60]));
            w.write(10, new byte[60]);
            assertThrows(IllegalArgumentException.class, () -> w.write(9, new byte[60]));
        }
    }

    @Test
    void generatedTrafficRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tx.pcap");
        TrafficSpec spec = new TrafficSpec(2000, 32, TrafficSpec.Mix.defaults(), new TrafficSpec.Sizes(14, 9600),
                0.2, 0.2, 0.2, 0);
        List<GeneratedFrame> sent = new TrafficGenerator(spec, 4).stream().toList();
        try (PcapWriter w = PcapWriter.create(file)) {
            for (GeneratedFrame f : sent) {
                w.write(1000L * f.index() + 7, f.bytes());
            }
            assertEquals(2000, w.framesWritten());
        }
        List<CapturedFrame> got = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(file)) {
            assertEquals(CaptureReader.Format.PCAP, r.format());
            r.forEach(got::add);
        }
        assertEquals(sent.size(), got.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i).bytes(), got.get(i).bytes(), "frame " + i);
            assertEquals(sent.get(i).length(), got.get(i).originalLength());
            long ns = (1000L * i + 7) * 4;
            assertEquals(ns, got.get(i).timestampNanos(), "nanosecond timestamp of frame " + i);
        }
    }

    @Property(tries = 200, seed = "20261127")
    void anyFramesRoundTrip(@ForAll @Size(max = 20) List<@Size(min = 1, max = 2000) byte[]> frames,
                            @ForAll @IntRange(max = 1_000_000) int step) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out)) {
            for (int i = 0; i < frames.size(); i++) {
                w.write((long) i * step, frames.get(i));
            }
        }
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(out.toByteArray()), "mem")) {
            int i = 0;
            for (CapturedFrame f : r) {
                assertArrayEquals(frames.get(i), f.bytes());
                assertEquals(i, f.index());
                i++;
            }
            assertEquals(frames.size(), i);
        }
    }

    @Test
    void writingAfterCloseIsAnError() throws IOException {
        PcapWriter w = new PcapWriter(new ByteArrayOutputStream());
        w.close();
        w.close();
        assertThrows(IllegalStateException.class, () -> w.write(0, new byte[60]));
    }
}
