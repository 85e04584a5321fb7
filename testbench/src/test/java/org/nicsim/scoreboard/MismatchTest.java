package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which frame a mismatch is about: what a waveform marks and a report links to. */
class MismatchTest {
    @Test
    void aPerFrameCheckIsAboutItsFrame() {
        assertEquals(42, new Mismatch(Check.RX_QUEUE, 42, 100, "queue", "1", "2").frame());
    }

    @Test
    void doorbellSequenceNumbersAreNotFrames() {
        assertEquals(-1, new Mismatch(Check.DOORBELLS, 7, 100, "tail", "1", "2").frame());
    }

    @Test
    void globalChecksAreNotAboutAFrame() {
        assertEquals(-1, new Mismatch(Check.COUNTERS, -1, 100, "RX_FRAMES", "1", "2").frame());
    }
}
