package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FST tracing, checked by converting the file with GTKWave's fst2vcd. */
class TraceTest {
    private static final Path FST2VCD = Path.of("/usr/bin/fst2vcd");

    @TempDir
    Path dir;

    /** Converts an FST file to VCD text with fst2vcd; fails clearly when the tool is missing. */
    static String toVcd(Path fst) throws IOException, InterruptedException {
        if (!Files.isExecutable(FST2VCD)) {
            fail("fst2vcd not found at " + FST2VCD + ": install GTKWave (apt-get install gtkwave); "
                    + "./nicsim test installs it");
        }
        Process p = new ProcessBuilder(FST2VCD.toString(), fst.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();   // returns when fst2vcd closed its output
        p.waitFor();
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "fst2vcd failed: " + text);
        return text;
    }

    private static List<Long> timestamps(String vcd) {
        Matcher mt = Pattern.compile("(?m)^#(\\d+)$").matcher(vcd);
        return mt.results().map(r -> Long.parseLong(r.group(1))).toList();
    }

    private static void traffic(NicModel m) {
        m.mmioWrite(TestTop.SCRATCH, 0x5A5A_0001);
        m.injectFrame(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, false, 2);
        m.run(40, 0);
    }

    @Test
    void traceHoldsTopPortsAndInternalSignalsAtLevelZero() throws Exception {
        Path fst = dir.resolve("all.fst");
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.probes().traceOn(fst, 0);
            traffic(m);
            m.probes().traceOff();
        }
        String vcd = toVcd(fst);
        assertTrue(vcd.contains(" clk $end"), "top clock");
        assertTrue(vcd.contains(" s_axil_awaddr "), "top port");
        assertTrue(vcd.contains(" scratch_q "), "internal register of bridge_test_top");
    }

    @Test
    void levelOneTracesOnlyTheTopPorts() throws Exception {
        Path fst = dir.resolve("ports.fst");
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.probes().traceOn(fst, 1);
            traffic(m);
            m.probes().traceOff();
        }
        String vcd = toVcd(fst);
        assertTrue(vcd.contains(" clk $end"));
        assertFalse(vcd.contains(" scratch_q "), "internal signals are one level deeper");
    }

    @Test
    void traceCoversExactlyTheCyclesWhileOnAtFourNanosecondsPerCycle() throws Exception {
        Path fst = dir.resolve("window.fst");
        long start;
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.run(100, 0);
            start = m.cycle();
            m.probes().traceOn(fst, 1);
            m.run(10, 0);
            m.probes().traceOff();
            m.run(50, 0);  // after traceOff nothing more is written
        }
        List<Long> t = timestamps(toVcd(fst));
        // 1 ps resolution (`timescale 1ns/1ps): cycle c = [4000c, 4000c+4000), rising edge at +2000
        assertEquals(4000 * start, t.get(0));
        assertEquals(4000 * (start + 9) + 2000, t.get(t.size() - 1));
    }

    @Test
    void sameRunGivesByteIdenticalTraceFiles() throws Exception {
        Path a = dir.resolve("a.fst");
        Path b = dir.resolve("b.fst");
        for (Path p : new Path[] {a, b}) {
            try (NicModel m = NicModel.open(TestTop.options().seed(42).build())) {
                m.probes().traceOn(p, 0);
                traffic(m);
            }  // close completes the trace
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void theHeaderCarriesNoWallClockDate() throws Exception {
        // fstapi writes asctime() into the header's date field; two runs in the same second would
        // compare equal even with a date there, so the field itself is read back, as fst2vcd reads it
        Path p = dir.resolve("dated.fst");
        try (NicModel m = NicModel.open(TestTop.options().seed(42).build())) {
            m.probes().traceOn(p, 0);
            traffic(m);
        }
        String vcd = toVcd(p);
        Matcher date = Pattern.compile("(?s)\\$date\\s*(.*?)\\s*\\$end").matcher(vcd);
        Matcher version = Pattern.compile("(?s)\\$version\\s*(.*?)\\s*\\$end").matcher(vcd);
        assertTrue(date.find() && version.find(), vcd.substring(0, Math.min(400, vcd.length())));
        assertEquals("nicsim: date omitted for reproducible traces", date.group(1));
        assertFalse(version.group(1).isEmpty(), "the writer's version field stays whole");
        assertFalse(version.group(1).contains("nicsim"), "the date's text must not spill into the version field");
    }

    @Test
    void traceCanBeSwitchedOnAgainIntoANewFile() throws Exception {
        Path first = dir.resolve("first.fst");
        Path second = dir.resolve("second.fst");
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.probes().traceOn(first, 1);
            m.run(5, 0);
            m.probes().traceOff();
            m.run(5, 0);
            m.probes().traceOn(second, 1);
            m.run(5, 0);
        }
        assertTrue(toVcd(first).contains(" clk $end"));
        assertTrue(toVcd(second).contains(" clk $end"));
    }

    @Test
    void traceOnWhileTracingIsRejected() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.probes().traceOn(dir.resolve("x.fst"), 0);
            assertThrows(IllegalStateException.class, () -> m.probes().traceOn(dir.resolve("y.fst"), 0));
        }
    }

    @Test
    void traceIntoAMissingDirectoryIsRejected() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> m.probes().traceOn(dir.resolve("no/such/dir/t.fst"), 0));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
    }
}
