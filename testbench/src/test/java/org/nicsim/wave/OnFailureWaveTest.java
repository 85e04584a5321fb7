package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.session.WaveRecorder;

/**
 * On-failure: a run whose model has the wrong RSS key fails on its first hashed frame;
 * the waveform is captured by a traced re-run around that mismatch and opens on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnFailureWaveTest {
    // all UDP/IPv4: frame 0 is hashed, so it is the first mismatch (as in WrongModelCoSimTest)
    private static final String FAILING = "{\"seed\":2,\"app\":\"sink\",\"traffic\":{\"packets\":300,\"flows\":8,"
            + "\"mix\":{\"udp4\":1.0}}}";

    private Path dir;
    private Runs failing;
    private Mismatch first;
    private WaveCapture wave;
    private FstDump dump;
    private GtkwText gtkw;

    @BeforeAll
    void runOnce(@TempDir Path tmp) throws Exception {
        dir = tmp;
        failing = Runs.of(FAILING, "on-failure", dir.resolve("fail"), Runs.wrongKey());
        first = failing.run.outcome().result().scoreboard().firstMismatches().get(0);
        wave = failing.run.wave();
        assertNotNull(wave, "a failing on-failure run must leave a waveform: " + failing.run.note());
        dump = FstDump.read(wave.fst());
        gtkw = new GtkwText(wave.gtkw());
    }

    @Test
    void theRunItselfIsReportedAsFailed() {
        assertFalse(failing.run.outcome().result().passed());
        assertEquals(Check.RX_HASH, first.check());
    }

    @Test
    void writesWaveFstAndWaveGtkwInTheOutputFolder() {
        assertEquals(dir.resolve("fail").resolve("wave.fst"), wave.fst());
        assertEquals(dir.resolve("fail").resolve("wave.gtkw"), wave.gtkw());
        assertTrue(Files.isRegularFile(wave.fst()) && Files.isRegularFile(wave.gtkw()));
    }

    @Test
    void theFstIsReadableWithPicosecondTime() {
        assertEquals("1ps", dump.timescale);
        assertTrue(dump.timeStamps > 1000, "thousands of traced half-cycles");
    }

    @Test
    void everySignalInTheSaveFileExistsInTheDump() {
        List<String> missing = gtkw.signals.stream().filter(s -> !dump.names.contains(s)).toList();
        assertEquals(List.of(), missing);
        assertEquals(NicSignals.groups().stream().mapToLong(g -> g.signals().size()).sum(), gtkw.signals.size(),
                "the default depth keeps every grouped signal");
    }

    @Test
    void theSaveFileOpensThisFst() {
        assertEquals(wave.fst().toAbsolutePath().toString(), gtkw.dumpfile);
    }

    @Test
    void theMarkerIsAtTheFirstMismatchCycle() {
        assertEquals(first.cycle() * 4000, gtkw.marker(), "cycle c starts at 4c ns");
        assertEquals(first.cycle(), wave.markerCycle());
    }

    @Test
    void theDumpCoversTheMarker() {
        assertTrue(dump.firstTime <= gtkw.marker() && gtkw.marker() <= dump.lastTime,
                dump.firstTime + " <= " + gtkw.marker() + " <= " + dump.lastTime);
    }

    @Test
    void theDumpCoversTheFailingFrameFromItsInjection() {
        assertEquals(0, wave.frameIndex(), "frame 0 is the first hashed frame");
        assertEquals(wave.injectCycle() * 4000, gtkw.named('B'));
        assertEquals("frame_0_queued", gtkw.markerNames.get('B'));
        assertTrue(dump.firstTime <= gtkw.named('B'), "the frame's way through the NIC is in the dump");
        assertTrue(wave.injectCycle() < first.cycle(), "the hardware saw the frame before the host checked it");
    }

    @Test
    void theViewOpensOnAWindowHoldingTheFramesWayAndTheMarker() {
        long viewEnd = gtkw.timestart + Math.round(gtkw.visibleSpan());
        assertTrue(gtkw.timestart <= gtkw.named('B') && gtkw.named('B') < gtkw.marker() && gtkw.marker() < viewEnd,
                "view " + gtkw.timestart + ".." + viewEnd + " must hold queued " + gtkw.named('B') + " and marker "
                        + gtkw.marker());
        assertTrue(viewEnd - gtkw.marker() >= 20 * 4000, "the marker is not on the view's right edge");
        assertTrue(viewEnd - gtkw.timestart <= WaveRecorder.MAX_VIEW_CYCLES * 4000 * 2, "zoomed in, not the whole dump");
    }

    @Test
    void theFailingChecksSignalGroupComesFirst() {
        assertEquals(NicSignals.PARSER_AND_HASH, gtkw.groupsBegun.get(0), "rx.hash is debugged at the parser and hash");
        assertEquals(NicSignals.groups().size(), gtkw.groupsBegun.size(), "no group is lost by the reordering");
    }

    @Test
    void aCommentTraceNamesTheFrameAndItsFirstDivergingStage() {
        assertTrue(gtkw.notes().get(0).startsWith("frame 0: rx.hash.toeplitz failed, queued at cycle "
                + wave.injectCycle()), gtkw.commentTraces.toString());
    }

    @Test
    void theTracedReRunReproducedTheSameMismatchAtTheSameCycle() {
        assertTrue(wave.reproduced());
    }

    @Test
    void theReRunStopsMarginAfterTheMismatch() {
        assertEquals(first.cycle() + WaveSettings.DEFAULT_MARGIN_AFTER, wave.lastCycle());
        assertEquals(wave.lastCycle() * 4000 + 2000, dump.lastTime, "the last cycle's rising edge is the last time");
    }

    @Test
    void aPassingRunWithOnFailureWritesNoWaveform() {
        Path out = dir.resolve("pass");
        Runs passing = Runs.of(FAILING, "on-failure", out);
        assertTrue(passing.run.outcome().result().passed(), passing.run.outcome().result().scoreboard().firstMismatches().toString());
        assertNull(passing.run.wave());
        assertFalse(Files.exists(out.resolve("wave.fst")));
        assertFalse(Files.exists(out.resolve("wave.gtkw")));
    }
}
