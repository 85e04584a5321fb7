package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture is injected as it is: RX buffers are sized for its longest frame (up to the NIC's
 * 9600-byte limit), frames beyond the limit and records cut by a snap length are counted in
 * report.json and warned about, and a frame count given as {@code --set traffic.packets} cuts the
 * capture as {@code --packets} does.
 */
class CaptureInputTest {
    @TempDir
    Path tmp;

    /** A broadcast frame of the IEEE local experimental EtherType: not IP, so it goes to the default queue. */
    static byte[] frame(int length) {
        byte[] b = new byte[length];
        Arrays.fill(b, 0, 6, (byte) 0xFF);
        b[6] = 0x02;
        b[11] = 0x01;
        b[12] = (byte) 0x88;
        b[13] = (byte) 0xB5;
        for (int i = 14; i < length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** A classic little-endian pcap (Ethernet): records of (captured bytes, original length). */
    static Path pcap(Path file, int[][] records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.write(h.array());
        int t = 0;
        for (int[] r : records) {
            ByteBuffer rh = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            rh.putInt(t++).putInt(0).putInt(r[0]).putInt(r[1]);
            out.write(rh.array());
            out.write(frame(r[0]));
        }
        Files.write(file, out.toByteArray());
        return file;
    }

    private JsonObject run(Path capture, String... extra) {
        Path out = tmp.resolve("out-" + capture.getFileName());
        List<String> args = new ArrayList<>(List.of("run", "--pcap", capture.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(args);
        assertTrue(r.status() == 0 || r.status() == 1, r.toString());
        return Cli.json(out.resolve("report.json"));
    }

    @Test
    void jumboFramesWithinTheNicLimitAreDelivered() throws IOException {
        JsonObject r = run(pcap(tmp.resolve("jumbo.pcap"), new int[][] {{9000, 9000}, {9000, 9000}, {64, 64}}));
        assertEquals("passed", r.get("status").getAsString());
        assertEquals(3, r.getAsJsonObject("totals").get("delivered").getAsInt());
        assertEquals(9000, r.getAsJsonObject("input").get("largestFrame").getAsInt());
        assertEquals(0, r.getAsJsonArray("warnings").size(), r.toString());
    }

    @Test
    void framesBeyondTheNicLimitAreCountedAndWarned() throws IOException {
        JsonObject r = run(pcap(tmp.resolve("over.pcap"), new int[][] {{9700, 9700}, {64, 64}, {64, 64}}));
        assertEquals(1, r.getAsJsonObject("input").get("oversize").getAsInt());
        assertEquals(1, r.getAsJsonObject("totals").get("error").getAsInt());
        assertTrue(r.getAsJsonArray("warnings").toString().contains("longer than the NIC's 9600-byte limit"), r.toString());
    }

    @Test
    void snaplenTruncatedRecordsAreCountedAndWarned() throws IOException {
        JsonObject r = run(pcap(tmp.resolve("snap.pcap"), new int[][] {{96, 1500}, {64, 64}}));
        assertEquals(1, r.getAsJsonObject("input").get("truncated").getAsInt());
        assertTrue(r.getAsJsonArray("warnings").toString().contains("cut short by the capture's snap length"));
    }

    @Test
    void aWarningFailsTheRunUnderStrict() throws IOException {
        Path capture = pcap(tmp.resolve("strict.pcap"), new int[][] {{96, 1500}, {64, 64}});
        Cli.Result r = Cli.run("run", "--pcap", capture.toString(), "--strict", "--out", tmp.resolve("strict").toString());
        assertEquals(1, r.status(), r.toString());
        assertEquals("failed", Cli.json(tmp.resolve("strict").resolve("report.json")).get("status").getAsString());
        assertTrue(Files.readString(tmp.resolve("strict").resolve("summary.txt")).contains("warning: 1 capture records"));
    }

    @Test
    void setTrafficPacketsCutsACaptureLikePacketsAndTheReportAgrees() throws IOException {
        Path capture = pcap(tmp.resolve("five.pcap"), new int[][] {{64, 64}, {64, 64}, {64, 64}, {64, 64}, {64, 64}});
        JsonObject r = run(capture, "--set", "traffic.packets=2");
        assertEquals(2, r.getAsJsonObject("input").get("frames").getAsInt());
        assertEquals(2, r.getAsJsonObject("totals").get("injected").getAsInt());
        assertEquals(2, r.getAsJsonObject("scenario").getAsJsonObject("traffic").get("packets").getAsInt());
    }
}
