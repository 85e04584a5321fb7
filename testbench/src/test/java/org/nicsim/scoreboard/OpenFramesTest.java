package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OpenFramesTest {
    private static RxFrame frame(long index) {
        return new RxFrame(index, new byte[64], null, 0, null, 0);
    }

    @Test
    void anOpenFrameIsFoundByItsIndexUntilClosed() {
        OpenFrames open = new OpenFrames();
        RxFrame f = frame(0);
        open.open(f);
        assertSame(f, open.get(0));
        open.close(f);
        assertNull(open.get(0));
        assertEquals(0, open.size());
    }

    @Test
    void indicesNeverOpenedAreNotFound() {
        OpenFrames open = new OpenFrames();
        open.open(frame(3));
        open.open(frame(5));   // 4 was given a fate at injection: never opened
        assertNull(open.get(4));
        assertNull(open.get(2));
        assertNull(open.get(6));
        assertNull(open.get(3 + 64), "the slot frame 3 uses, one ring further");
    }

    @Test
    void anOldFrameStaysFoundWhileThousandsOfNewerOnesComeAndGo() {
        OpenFrames open = new OpenFrames();
        RxFrame stuck = frame(0);
        open.open(stuck);
        for (long n = 1; n <= 5000; n++) {
            RxFrame f = frame(n);
            open.open(f);
            if (n % 2 == 0) {
                open.close(f);
            }
        }
        assertSame(stuck, open.get(0));
        assertEquals(1 + 2500, open.size());
        assertEquals(4999, open.get(4999).index);
        assertNull(open.get(5000));
    }

    @Test
    void closingAFrameNotOpenChangesNothing() {
        OpenFrames open = new OpenFrames();
        RxFrame f = frame(7);
        open.open(f);
        open.close(frame(7));   // another frame object with the same index
        open.close(frame(9));
        assertSame(f, open.get(7));
        assertEquals(1, open.size());
    }

    @Test
    void framesOpenInIndexOrder() {
        OpenFrames open = new OpenFrames();
        open.open(frame(10));
        assertThrows(IllegalArgumentException.class, () -> open.open(frame(10)));
        assertThrows(IllegalArgumentException.class, () -> open.open(frame(9)));
    }
}
