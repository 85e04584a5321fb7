package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: silent on short runs, frames/s and ETA on long ones, erased at the end. */
class ProgressBarTest {
    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nothingIsDrawnInTheFirstTwoSeconds() {
        now.set(1_999_000_000L);
        bar.progress(10, 100, 1000);
        bar.finish();
        assertEquals("", printed());
    }

    @Test
    void afterTwoSecondsItShowsFramesPerSecondAndEta() {
        now.set(10_000_000_000L);
        bar.progress(100, 400, 5000);
        // 100 frames in 10 s: 10 frames/s, 300 left: 30 s
        assertTrue(printed().startsWith("\r[#######.......................] 100/400 frames   25%  10 frames/s  ETA 30 s"), printed());
    }

    @Test
    void redrawsAreRateLimited() {
        now.set(3_000_000_000L);
        bar.progress(1, 10, 1);
        int after = printed().length();
        now.addAndGet(ProgressBar.REDRAW_NANOS - 1);
        bar.progress(2, 10, 2);
        assertEquals(after, printed().length());
    }

    @Test
    void finishErasesTheLine() {
        now.set(3_000_000_000L);
        bar.progress(1, 10, 1);
        bar.finish();
        assertTrue(printed().endsWith("\r"), printed());
        String last = printed().substring(printed().lastIndexOf('\r', printed().length() - 2) + 1, printed().length() - 1);
        assertTrue(last.isBlank(), "erased with spaces");
    }

    @Test
    void etaUsesMinutesAndHours() {
        assertEquals("59 s", ProgressBar.duration(59));
        assertEquals("2:05", ProgressBar.duration(125));
        assertEquals("1:00:01", ProgressBar.duration(3601));
    }
}
