package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} re-runs a failed run up to one frame and shows its stages side by side: with the
 * model's key wrong (the scoreboard self-test), parser, type and input agree and the Toeplitz stage
 * is the first to differ; the queue after it differs as a consequence. The app forwards the frame,
 * so its TX journey follows, every TX stage agreeing with what the host posted.
 */
class ExplainCommandTest {
    @TempDir
    static Path tmp;
    static Path report;
    static Cli.Result explained;
    static long frame;

    @BeforeAll
    static void explainTheFirstFailingFrame() {
        Path out = tmp.resolve("run");
        Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, FailingCheckTest.SYMMETRIC_KEY, "run",
                Cli.scenario("default.json").toString(), "--packets", "20", "--out", out.toString(), "-q");
        report = out.resolve("report.json");
        frame = Cli.json(report).getAsJsonObject("stages").getAsJsonArray("first").get(0).getAsJsonObject()
                .get("frame").getAsLong();
        explained = Cli.run("explain", report.toString(), String.valueOf(frame), "--out", tmp.resolve("x").toString());
    }

    @Test
    void aFrameWithADivergingStageExitsOne() {
        assertEquals(ExitStatus.CHECK_FAILED, explained.status(), explained::toString);
    }

    @Test
    void theToeplitzStageIsMarkedAndTheStagesBeforeItAgree() {
        String s = explained.out();
        assertTrue(s.matches("(?s).*rx\\.hash\\.toeplitz   hardware 0x[0-9a-f]{8}   <== first diverging stage\\n.*"), s);
        assertTrue(s.contains("rx.hash.input      hardware 12 bytes") || s.contains("rx.hash.input      hardware 36 bytes")
                || s.contains("rx.hash.input      hardware 8 bytes") || s.contains("rx.hash.input      hardware 32 bytes"), s);
        assertTrue(s.contains("fields: destination MAC 0-5, source MAC 6-11"), s);
        assertTrue(s.matches("(?s).*netisr.cpu +hardware \\d+\\n +model    policy \\w+, dispatch \\w+: \\d+ \\(.*"), s);
    }

    @Test
    void theForwardedCopyShowsTheDoorbellThatCarriedItOutAndItsTxStagesAgree() {
        String s = explained.out();
        assertTrue(s.matches("(?s).*\ntransmitted on TX queue \\d+, slot \\d+\n.*"), s);
        assertTrue(s.matches("(?s).*tx\\.doorbell +hardware TXQ_TAIL\\[(\\d+)\\] \\d+ -> (\\d+) at cycle \\d+\n"
                + " +model    driver wrote TXQ_TAIL\\[\\1\\] = \\2\n.*"), s);
        assertTrue(s.matches("(?s).*tx\\.bytes +hardware (\\d+ bytes, FNV-1a 0x[0-9a-f]{16}) at cycle \\d+\n +model    \\1\n.*"), s);
        assertTrue(s.contains("every recorded TX stage agrees with what the host posted"), s);
    }

    @Test
    void aWaveformOfTheFramesCyclesIsWritten() {
        assertTrue(Files.isRegularFile(tmp.resolve("x").resolve("wave.fst")), explained.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("x").resolve("wave.gtkw")));
    }

    @Test
    void theWaveformMarksTheFrameAskedForAndItsStagesNotTheRunsFirstFailure() throws IOException {
        // under the self-test every hashed frame that is written back diverges: take the last, the run's first failure is earlier
        var firsts = Cli.json(report).getAsJsonObject("stages").getAsJsonArray("first");
        long later = firsts.get(firsts.size() - 1).getAsJsonObject().get("frame").getAsLong();
        assertTrue(later > frame, firsts::toString);
        Path out = tmp.resolve("later");
        Cli.Result r = Cli.run("explain", report.toString(), String.valueOf(later), "--out", out.toString());
        assertEquals(ExitStatus.CHECK_FAILED, r.status(), r::toString);
        String gtkw = Files.readString(out.resolve("wave.gtkw"));
        assertTrue(gtkw.contains("[markername] Aframe_" + later + "_queued\n[markername] Brx.parser\n"
                + "[markername] Crx.hash\n[markername] Drx.reta\n[markername] Erx.dma\n"), gtkw);
        assertTrue(gtkw.contains("\n-frame " + later + " (nicsim explain)"), gtkw);
        assertFalse(gtkw.contains("frame_" + frame + "_") || gtkw.contains("frame " + frame + " "), gtkw);
    }

    @Test
    void aFrameTheRunNeverInjectedIsBadInput() {
        Cli.Result r = Cli.run("explain", report.toString(), "20");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("frame 20: the run injected frames 0..19"), r.err());
    }
}
