package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save file's text against GTKWave's format (savefile.c of GTKWave 3.3 and its shipped examples). */
class GtkwSaveFileTest {
    @TempDir
    Path dir;

    private static final List<SignalGroup> GROUPS = List.of(
            new SignalGroup("AXI4-Lite", List.of(new Signal("TOP.s_axil_awvalid", Radix.BINARY),
                    new Signal("TOP.s_axil_awaddr[15:0]", Radix.HEX))),
            new SignalGroup("RETA", List.of(new Signal("TOP.nic_top.u_rx.u_reta.out_queue[3:0]", Radix.DECIMAL))));

    private GtkwText written(GtkwSaveFile f) throws IOException {
        Path p = dir.resolve("w.gtkw");
        f.write(p);
        return new GtkwText(p);
    }

    @Test
    void primaryMarkerIsAtTheCycleTimesFourThousandPicoseconds() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 900, 1100, 1000, List.of(), List.of()));
        assertEquals(4_000_000L, t.marker(), "cycle 1000 starts at 4000 ns");
    }

    @Test
    void markerLineHasZoomPrimaryAndTwentySixNamedMarkers() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, -1, List.of(), List.of()));
        assertEquals(1 + 1 + 26, t.markerLine.length);
        assertEquals(-1L, t.marker());
        assertEquals(-1L, t.named('Z'));
    }

    @Test
    void namedMarkersTakeLettersInOrderWithTheirNames() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 100, 50,
                List.of(new Marker(50, "rx.hash frame 3"), new Marker(7, "frame_3_queued")), List.of()));
        assertEquals(200_000L, t.named('A'));
        assertEquals(28_000L, t.named('B'));
        assertEquals("rx.hash_frame_3", t.markerNames.get('A'), "spaces would end the name");
        assertEquals("frame_3_queued", t.markerNames.get('B'));
    }

    @Test
    void dumpfileIsTheAbsoluteFstPath() throws IOException {
        Path fst = dir.resolve("w.fst");
        GtkwText t = written(new GtkwSaveFile(fst, GROUPS, 0, 10, -1, List.of(), List.of()));
        assertEquals(fst.toAbsolutePath().toString(), t.dumpfile);
    }

    @Test
    void groupsOpenAndCloseAroundTheirSignals() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, -1, List.of(), List.of()));
        assertEquals(List.of("AXI4-Lite", "RETA"), t.groupsBegun);
        assertEquals(List.of("AXI4-Lite", "RETA"), t.groupsEnded);
        assertEquals(List.of("TOP.s_axil_awvalid", "TOP.s_axil_awaddr[15:0]", "TOP.nic_top.u_rx.u_reta.out_queue[3:0]"),
                t.signals);
    }

    @Test
    void radixFlagsAreGtkwaveTraceFlags() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, -1, List.of(), List.of()));
        // TR_RJUSTIFY 0x20 plus TR_BIN 0x8, TR_HEX 0x2, TR_DEC 0x4
        assertEquals("28", t.flagsOf.get("TOP.s_axil_awvalid"));
        assertEquals("22", t.flagsOf.get("TOP.s_axil_awaddr[15:0]"));
        assertEquals("24", t.flagsOf.get("TOP.nic_top.u_rx.u_reta.out_queue[3:0]"));
    }

    @Test
    void viewStartsAtTheFirstShownCycleAndZoomFitsItsWidth() throws IOException {
        GtkwSaveFile f = new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 1000, 1319, -1, List.of(), List.of());
        GtkwText t = written(f);
        assertTrue(t.lines.contains("[timestart] 4000000"));
        // 320 cycles = 1 280 000 ps over a 700-pixel pane: 1828.6 ps per pixel; GTKWave shows 2^-zoom
        // ps per 200 pixels, so zoom = -log2(1828.6 * 200) = -18.480
        assertEquals(-18.480, Double.parseDouble(t.markerLine[0]), 0.001);
        assertEquals(1_280_000, t.visibleSpan(), 1.0);
    }

    @Test
    void commentTracesComeBeforeTheFirstGroupUnderTheBlankFlag() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, 5, List.of(), List.of(),
                List.of("frame 3: rx.hash failed", "second\nline")));
        assertEquals(List.of("frame 3: rx.hash failed", "second line"), t.commentTraces);
        int note = t.lines.indexOf("-frame 3: rx.hash failed");
        assertEquals("@200", t.lines.get(note - 1));
        assertTrue(note < t.lines.indexOf("-AXI4-Lite"), "the notes head the signal pane");
        assertEquals(3, t.signals.size());
    }

    @Test
    void aLongNoteWrapsSoTheSignalPaneLeavesTheWaveformItsWidth() throws IOException {
        String note = "rx.hash.toeplitz: hardware 0x87bd8865, model 0x57f857f8 (stage output at cycle 438)";
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, 5, List.of(), List.of(),
                List.of(note)));
        assertEquals(List.of("rx.hash.toeplitz: hardware 0x87bd8865,", "  model 0x57f857f8 (stage output at",
                "  cycle 438)"), t.commentTraces);
        t.commentTraces.forEach(row -> assertTrue(row.length() <= GtkwSaveFile.NOTE_CHARS, row));
        assertEquals(List.of(note), t.notes());
    }

    @Test
    void commentsAreSingleLinesSoTheyCannotBreakTheFormat() throws IOException {
        GtkwText t = written(new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 0, 10, -1, List.of(),
                List.of("first line\nTOP.injected_signal")));
        assertEquals(3, t.signals.size(), "a newline in a comment must not add a trace");
    }

    @Test
    void anEmptyViewIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new GtkwSaveFile(dir.resolve("w.fst"), GROUPS, 10, 10, -1, List.of(), List.of()));
    }
}
