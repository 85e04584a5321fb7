package org.nicsim.scoreboard.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.TxHardware;

/**
 * Decoding the stage monitor's batches (the word layout of jni/src/main/native/stage_monitor.h):
 * a frame's RX records, wherever they fall in the batches, come back as one {@link HardwareStages};
 * TX records go to the {@link TxRecords} in batch order.
 */
class StageLogTest {
    private final List<Object> tx = new ArrayList<>();
    private final TxRecords txSink = new TxRecords() {
        @Override
        public void doorbell(TxHardware.Doorbell d) {
            tx.add(d);
        }

        @Override
        public void descriptor(TxHardware.Descriptor d) {
            tx.add(d);
        }

        @Override
        public void sent(TxHardware.Sent s) {
            tx.add(s);
        }
    };

    /** A parser record: flags 0x10, TCI 0, hash type 2, 12 input bytes, tuple bytes 1, 2, ..., 36. */
    private static long[] parser(long cycle, long seq) {
        long[] w = {StageLog.PARSER, cycle, seq, 0x10, 0, 2, 12, 0, 0, 0, 0, 0};
        for (int b = 0; b < 36; b++) {   // byte b sits in word 7 + b/8, most significant byte first
            w[7 + b / 8] |= (long) (b + 1) << (56 - 8 * (b % 8));
        }
        return w;
    }

    private static long[] hash(long cycle, long seq, long hash) {
        return new long[] {StageLog.HASH, cycle, seq, hash, 2};
    }

    private static long[] reta(long cycle, long seq, int queue) {
        return new long[] {StageLog.RETA, cycle, seq, 5, queue};
    }

    private static long[] dma(long cycle, long seq) {
        return new long[] {StageLog.DMA, cycle, seq, 3, 0x1000, 0x8000, 0x8000};
    }

    private static long[] concat(long[]... parts) {
        return Arrays.stream(parts).flatMapToLong(LongStream::of).toArray();
    }

    private void load(StageLog log, long[] words) {
        long[] padded = Arrays.copyOf(words, words.length + 7);   // a reused batch is longer than its words
        Arrays.fill(padded, words.length, padded.length, -1);
        log.load(padded, words.length, txSink);
    }

    @Test
    void aFramesRecordsAcrossBatchesComeBackTogether() {
        StageLog log = new StageLog();
        load(log, concat(parser(100, 7), hash(102, 7, 0xDEADBEEFL)));
        load(log, concat(reta(103, 7, 1), dma(110, 7)));
        HardwareStages s = log.take(7);
        assertEquals(7, s.seq());
        assertEquals(new HardwareStages.Hash(102, 0xDEADBEEFL, 2), s.hash());
        assertEquals(new HardwareStages.Reta(103, 5, 1), s.reta());
        assertEquals(new HardwareStages.Dma(110, 3, 0x1000, 0x8000, 0x8000), s.dma());
        HardwareStages.Parser p = s.parser();
        assertEquals(100, p.cycle());
        assertEquals(2, p.hashType());
        assertEquals(12, p.inputLength());
        byte[] tuple = new byte[36];
        for (int b = 0; b < 36; b++) {
            tuple[b] = (byte) (b + 1);
        }
        assertArrayEquals(tuple, p.tuple());
    }

    @Test
    void aStageTheFrameNeverReachedStaysNull() {
        StageLog log = new StageLog();
        load(log, concat(parser(100, 3), hash(102, 3, 1)));
        HardwareStages s = log.take(3);
        assertNull(s.reta());
        assertNull(s.dma());
    }

    @Test
    void takingAFrameRemovesIt() {
        StageLog log = new StageLog();
        load(log, parser(100, 9));
        log.take(9);
        assertNull(log.take(9));
        assertNull(log.peek(9));
    }

    @Test
    void aFrameNeverSeenHasNoRecords() {
        assertNull(new StageLog().take(1));
    }

    @Test
    void aFrameFourThousandNinetySixNewerTakesTheSlotOfAnUncheckedOne() {
        StageLog log = new StageLog();
        load(log, concat(parser(100, 1), hash(101, 1, 11)));
        load(log, parser(9000, 1 + 4096));
        assertNull(log.take(1), "the older frame's records are forgotten");
        HardwareStages newer = log.take(1 + 4096);
        assertEquals(9000, newer.parser().cycle());
        assertNull(newer.hash(), "no record of the older frame leaks into the newer one");
    }

    @Test
    void txRecordsGoToTheSinkInBatchOrderBetweenRxRecords() {
        StageLog log = new StageLog();
        load(log, concat(new long[] {StageLog.TX_DOORBELL, 50, 2, 0, 4}, parser(51, 0),
                new long[] {StageLog.TX_DESC, 52, 2, 0, 0x2000, 64, 1},
                new long[] {StageLog.TX_SENT, 60, 2, 0, 64, 0x1234}));
        assertEquals(List.of(new TxHardware.Doorbell(50, 2, 0, 4), new TxHardware.Descriptor(52, 2, 0, 0x2000, 64, 1),
                new TxHardware.Sent(60, 2, 0, 64, 0x1234)), tx);
        assertEquals(51, log.take(0).parser().cycle());
    }
}
