package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.driver.NicRegisters.*;

import org.junit.jupiter.api.Test;

/** The register mirror applies the storage rules docs/registers.md states, worked by hand. */
class RegisterMirrorTest {
    private final RegisterMirror m = new RegisterMirror(4);

    @Test
    void partialStrobesMergeOnlyTheStrobedBytes() {
        m.written(SCRATCH, 0xA5C3_5A3C);
        m.written(SCRATCH, 0x1234_5678, 0b0101);
        assertEquals(0xA534_5A78, m.value(SCRATCH));
    }

    @Test
    void reservedBitsReadZero() {
        m.written(RSS_HASH_TYPES, -1);
        m.written(retaWord(3), -1);
        m.written(DEFAULT_QUEUE, 0x1234_5677);
        m.written(IRQ_MASK, -1);
        assertEquals(0b10_1001_1110, m.value(RSS_HASH_TYPES));   // bits 1..4, 7, 9
        assertEquals(0x0F0F_0F0F, m.value(retaWord(3)));
        assertEquals(7, m.value(DEFAULT_QUEUE));
        assertEquals(0xF, m.value(IRQ_MASK));                    // one bit per queue of the NIC
    }

    @Test
    void ringBaseDropsItsLowFourBits() {
        m.written(queueReg(1, RXQ_BASE_LO), 0x0010_002F);
        assertEquals(0x0010_0020, m.value(queueReg(1, RXQ_BASE_LO)));
    }

    @Test
    void aSizeWriteStoresOnlyAValidSizeAndResetsTail() {
        int size = queueReg(0, TXQ_SIZE);
        int tail = queueReg(0, TXQ_TAIL);
        m.written(size, 64);
        m.written(tail, 10);
        assertEquals(10, m.value(tail));
        m.written(size, 48);                 // not a power of two: stored as 0, the queue is off
        assertEquals(0, m.value(size));
        assertEquals(0, m.value(tail));
        m.written(tail, 3);                  // a disabled queue ignores TAIL
        assertEquals(0, m.value(tail));
    }

    @Test
    void aTailAtOrBeyondSizeIsIgnored() {
        m.written(queueReg(2, RXQ_SIZE), 16);
        m.written(queueReg(2, RXQ_TAIL), 15);
        m.written(queueReg(2, RXQ_TAIL), 16);
        assertEquals(15, m.value(queueReg(2, RXQ_TAIL)));
    }

    @Test
    void queueBlocksBeyondTheNicsQueuesAndReadOnlyRegistersIgnoreWrites() {
        m.written(queueReg(4, RXQ_BASE_HI), 7);
        m.written(queueReg(0, RXQ_HEAD), 7);
        assertEquals(0, m.value(queueReg(4, RXQ_BASE_HI)));
        assertEquals(0, m.value(queueReg(0, RXQ_HEAD)));
        assertEquals(2, m.writes());         // counted all the same
    }

    @Test
    void softResetClearsEverythingAndRestartsTheWriteCount() {
        m.written(SCRATCH, 1);
        m.written(CTRL, CTRL_RX_EN | CTRL_TX_EN);
        m.written(CTRL, CTRL_SOFT_RESET);
        assertEquals(0, m.value(SCRATCH));
        assertEquals(0, m.value(CTRL));
        assertEquals(0, m.writes());
        m.written(CTRL, CTRL_RX_EN | 1 << 5);
        assertEquals(CTRL_RX_EN, m.value(CTRL));
        assertEquals(1, m.writes());
    }

    @Test
    void everyReadWriteRegisterIsListedOnce() {
        // 5 global, 10 key words, 32 RETA words, 8 per queue block
        assertEquals(5 + 10 + 32 + 8 * 4, m.readWriteRegisters().length);
    }
}
