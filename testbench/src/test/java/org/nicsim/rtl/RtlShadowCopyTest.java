package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every clocked block reads a register before it writes it (rtl/README.md, "Simulation speed"), so
 * Verilator updates it in place instead of copying it in and out on every edge. The registers it
 * still copies are read by another block that it orders after their writer; a register outside
 * that list means a block now reads one after writing it.
 */
class RtlShadowCopyTest {

    /** Read by another clocked block that Verilator 5.006 orders after the writer (docs/performance.md). */
    private static final Set<String> READ_ACROSS_BLOCKS = Set.of(
            "stat_rx_delivered", "stat_rx_drop_error", "stat_rx_drop_nobuf", "stat_rx_malformed",
            "u_rx.dat_valid", "u_rx.rx_frames",
            "u_rx.u_engine.cj_addr", "u_rx.u_engine.cj_rem", "u_rx.u_engine.head",
            "u_rx.u_engine.r_burst_err", "u_rx.u_engine.sl_used", "u_rx.u_engine.w_beat",
            "u_rx.u_engine.u_bq.cnt", "u_rx.u_engine.u_jobq.cnt", "u_rx.u_engine.u_rtag.cnt",
            "u_rx.u_engine.u_wq.cnt",
            "u_tx.tr", "u_tx.trk_lastb", "u_tx.u_frame.ol_q");

    private static final Pattern SHADOW = Pattern.compile("__Vdly__([A-Za-z0-9_]+);");

    /** The registers Verilator gives a shadow copy, as hierarchical names below nic_top. */
    private static Set<String> shadowed(Path obj) throws Exception {
        Path rtl = RtlLintTest.rtlDir();
        // the model's build (build-lib.sh): the configuration files first, then the file list;
        // which registers keep a copy depends on the optimisation level, not on the X options
        List<String> cmd = new ArrayList<>(List.of("verilator", "--cc", "-O3", "--prefix", "Vnic",
                "--top-module", "nic_top", "-Mdir", obj.toString()));
        try (Stream<Path> files = Files.list(rtl)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vlt")).sorted().forEach(cmd::add);
        }
        cmd.addAll(List.of("-f", "nic.f", "-y", "."));
        Process p = new ProcessBuilder(cmd).directory(rtl.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "verilator failed:\n" + out);
        Set<String> names = new TreeSet<>();
        Matcher m = SHADOW.matcher(Files.readString(obj.resolve("Vnic___024root.h")));
        while (m.find()) {
            names.add(m.group(1).replaceFirst("^nic_top__DOT__", "").replace("__DOT__", "."));
        }
        return names;
    }

    @Test
    void onlyRegistersReadByALaterOrderedBlockKeepAShadowCopy(@TempDir Path obj) throws Exception {
        Set<String> shadowed = shadowed(obj);
        assertFalse(shadowed.isEmpty(), "the shadow copies were found in Verilator's output");
        Set<String> added = new TreeSet<>(shadowed);
        added.removeAll(READ_ACROSS_BLOCKS);
        assertEquals(Set.of(), added, "registers copied in and out on every edge: their block reads them"
                + " after writing them (rtl/README.md, \"Simulation speed\")");
    }
}
