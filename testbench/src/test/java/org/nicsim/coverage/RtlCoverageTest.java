package org.nicsim.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a Verilator coverage.dat by hand-written points: line and toggle totals, waivers, the waiver file's rules. */
class RtlCoverageTest {
    static String point(String page, String file, int line, String hier, String comment, long count) {
        return "C '\u0001t\u0002" + (page.startsWith("v_toggle") ? "toggle" : "line") + "\u0001page\u0002" + page
                + "\u0001f\u0002" + file + "\u0001l\u0002" + line + "\u0001n\u00020\u0001o\u0002" + comment + "\u0001h\u0002"
                + hier + "' " + count;
    }

    static Path dat(Path dir) throws IOException {
        Path f = dir.resolve(RtlCoverage.DAT);
        Files.writeString(f, String.join("\n", "# SystemC::Coverage-3",
                point("v_line/rx_parser", "/x/rtl/rx_parser.sv", 10, "TOP.nic_top.u_rx", "block", 5),
                point("v_branch/rx_parser", "/x/rtl/rx_parser.sv", 12, "TOP.nic_top.u_rx", "if", 0),
                point("v_toggle/rx_parser", "/x/rtl/rx_parser.sv", 3, "TOP.nic_top.u_rx", "tdata[0]", 7),
                point("v_toggle/rx_parser", "/x/rtl/rx_parser.sv", 3, "TOP.nic_top.u_rx", "tdata[63]", 0),
                point("v_toggle/fifo", "/x/rtl/fifo.sv", 8, "TOP.nic_top.u_fifo", "mem[5][2]", 0)) + "\n",
                StandardCharsets.ISO_8859_1);
        return f;
    }

    @Test
    void linesAndBranchesCountAsLinesAndTogglesApart(@TempDir Path tmp) throws IOException {
        RtlCoverage.Totals t = RtlCoverage.totals(RtlCoverage.read(dat(tmp)), List.of());
        assertEquals(new RtlCoverage.Totals(2, 1, 3, 1, 0), t);
        assertEquals(50.0, t.linePercent());
        assertEquals(33.3, t.togglePercent());
    }

    @Test
    void theLcovFileHoldsTheLinesAndBranchesButNoToggle(@TempDir Path tmp) throws IOException {
        dat(tmp);
        RtlCoverage.report(tmp, List.of(), new PrintStream(OutputStream.nullOutputStream()));
        String info = Files.readString(tmp.resolve(RtlCoverage.INFO));   // written by verilator_coverage
        assertTrue(info.contains("DA:10,5\nDA:12,0\n"), info);
        assertFalse(info.contains("DA:3,") || info.contains("fifo.sv"), info);
    }

    @Test
    void aWaivedPointLeavesTheTotals(@TempDir Path tmp) throws IOException {
        RtlCoverage.Totals t = RtlCoverage.totals(RtlCoverage.read(dat(tmp)), List.of(Pattern.compile("^toggle fifo\\.sv:\\d+ \\S+ mem\\[")));
        assertEquals(new RtlCoverage.Totals(2, 1, 2, 1, 1), t);
    }

    @Test
    void aWaiverCanNameTheSourceTextInsteadOfTheLineNumber(@TempDir Path tmp) throws IOException {
        Path rtl = Files.createDirectories(tmp.resolve("rtl"));
        StringBuilder src = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            src.append(i == 12 ? "    if (tlast && drop) state <= IDLE;" : "// line " + i).append('\n');
        }
        Files.writeString(rtl.resolve("rx_parser.sv"), src.toString());
        Pattern w = Pattern.compile("^line rx_parser\\.sv:\\d+ TOP\\.nic_top\\.u_rx if \\| if \\(tlast && drop\\)");
        RtlCoverage.Totals t = RtlCoverage.totals(RtlCoverage.read(dat(tmp), rtl), List.of(w));
        assertEquals(new RtlCoverage.Totals(1, 1, 3, 1, 1), t);
    }

    @Test
    void aWaiverWithoutAReasonIsRefused(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("w.txt");
        Files.writeString(f, "# header\n^toggle fifo\\.sv # RAM contents cannot all toggle\nmem\\[\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RtlCoverage.waivers(f));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theRepositoryWaiverFileParses() {
        String root = System.getProperty("nicsim.root", "..");
        RtlCoverage.waivers(Path.of(root, "rtl", "coverage-waivers.txt"));
    }
}
