package org.nicsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WindowTest {
    @Test
    void opensAtTheWarmupAndClosesAtTheLastPassWithEveryFrameDone() {
        Window w = new Window(10, 100);
        w.pass(0, 0, 0);
        w.pass(5, 100, 3);
        w.pass(12, 200, 7);      // opens: 12 frames done, cycle 200
        w.pass(50, 800, 20);
        w.pass(100, 1600, 40);
        w.pass(100, 1700, 44);   // the TX tail after the last RX fate: still inside
        Sample s = w.sample(Mode.COSIM);
        assertEquals(88, s.frames());
        assertEquals(1500, s.cycles());
        assertEquals(37, s.crossings());
    }

    @Test
    void withoutWarmupTheFirstPassOpensIt() {
        Window w = new Window(0, 4);
        w.pass(0, 10);
        w.pass(4, 74);
        assertEquals(64, w.sample(Mode.COSIM).cycles());
        assertEquals(-1, w.sample(Mode.COSIM).crossings());
    }

    @Test
    void aRunThatStopsShortOfItsFramesHasNoMeasurement() {
        Window w = new Window(10, 100);
        w.pass(12, 200);
        w.pass(99, 1600);
        assertThrows(IllegalStateException.class, () -> w.sample(Mode.COSIM));
    }
}
