package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which cycles an on-failure re-run traces (hand-worked windows, margins 1000 before / 500 after). */
class FailureWindowTest {
    private static final WaveSettings S = WaveSettings.in(Path.of("w")).withMargins(1000, 500);

    @Test
    void startsMarginBeforeTheFramesInjectionAndEndsMarginAfterTheCheck() {
        assertEquals(new TraceWindow(9_000, 12_500), FailureWindow.around(10_000, 12_000, 300, S));
    }

    @Test
    void withoutAnInjectionCycleStartsMarginBeforeTheCheck() {
        assertEquals(new TraceWindow(11_000, 12_500), FailureWindow.around(-1, 12_000, 300, S));
    }

    @Test
    void aStartInsideDriverAttachMovesToCycleZero() {
        assertEquals(new TraceWindow(0, 2_500), FailureWindow.around(1_200, 2_000, 300, S),
                "cycle 200 lies in attach (before 300), whose blocking reads cannot be cut");
    }
}
