package org.nicsim.scoreboard.stage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.TxHardware;

/**
 * The RX stage records of frames not yet checked, by RX sequence number, decoded from the
 * bridge's batches (layout in jni/src/main/native/stage_monitor.h); the batch's TX records go to
 * a {@link TxRecords}. Bounded: a frame's records share a slot with the frames {@value #KEEP}
 * sequence numbers away, so those of a frame never checked (dropped by the NIC) are forgotten once
 * that many newer frames came in. Sequence numbers rise by one per frame, so a slot array does what
 * a map would without boxing a key per record (four records a frame).
 */
public final class StageLog {
    static final int PARSER = 1;
    static final int HASH = 2;
    static final int RETA = 3;
    static final int DMA = 4;
    static final int TX_DOORBELL = 5;
    static final int TX_DESC = 6;
    static final int TX_SENT = 7;
    private static final int KEEP = 4096;   // a power of two: slot = seq & (KEEP - 1)

    // per slot, the stages of frame seqs[slot] seen so far (a stage not yet seen is null); one
    // HardwareStages is built when the frame is taken, not one per stage as its records arrive
    private final long[] seqs = new long[KEEP];
    private final HardwareStages.Parser[] parsers = new HardwareStages.Parser[KEEP];
    private final HardwareStages.Hash[] hashes = new HardwareStages.Hash[KEEP];
    private final HardwareStages.Reta[] retas = new HardwareStages.Reta[KEEP];
    private final HardwareStages.Dma[] dmas = new HardwareStages.Dma[KEEP];
    private final byte[] tuple = new byte[36];   // a parser record's tuple, decoded before the record copies it
    private static final VarHandle BIG_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BIG_ENDIAN_INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    /** An empty log. */
    public StageLog() {
        Arrays.fill(seqs, -1);
    }

    /**
     * Adds one batch from {@code NicProbes.drainStages}, words {@code [0, length)} of {@code w},
     * handing its TX records to {@code tx}.
     */
    public void load(long[] w, int length, TxRecords tx) {
        int i = 0;
        while (i < length) {
            int kind = (int) w[i];
            long cycle = w[i + 1];
            if (kind >= TX_DOORBELL) {
                i = loadTx(w, i, kind, cycle, tx);
                continue;
            }
            long seq = w[i + 2];
            int slot = slot(seq);
            if (seqs[slot] != seq) {   // the first record of this frame: the slot's older frame is forgotten
                seqs[slot] = seq;
                parsers[slot] = null;
                hashes[slot] = null;
                retas[slot] = null;
                dmas[slot] = null;
            }
            switch (kind) {
                case PARSER -> {
                    // tuple bytes 0-35 as 5 big-endian words: 4 whole words, then the top half of the fifth
                    for (int k = 0; k < 4; k++) {
                        BIG_ENDIAN_LONGS.set(tuple, 8 * k, w[i + 7 + k]);
                    }
                    BIG_ENDIAN_INTS.set(tuple, 32, (int) (w[i + 11] >>> 32));
                    parsers[slot] = new HardwareStages.Parser(cycle, (int) w[i + 3], (int) w[i + 4], (int) w[i + 5],
                            (int) w[i + 6], tuple);   // the record keeps its own copy
                    i += 12;
                }
                case HASH -> {
                    hashes[slot] = new HardwareStages.Hash(cycle, w[i + 3] & 0xFFFF_FFFFL, (int) w[i + 4]);
                    i += 5;
                }
                case RETA -> {
                    retas[slot] = new HardwareStages.Reta(cycle, (int) w[i + 3], (int) w[i + 4]);
                    i += 5;
                }
                case DMA -> {
                    dmas[slot] = new HardwareStages.Dma(cycle, (int) w[i + 3], w[i + 4], w[i + 5], w[i + 6]);
                    i += 7;
                }
                default -> throw new IllegalStateException("stage record kind " + kind + " at word " + i
                        + ": the bridge and the testbench disagree on stage_monitor.h");
            }
        }
    }

    private static int loadTx(long[] w, int i, int kind, long cycle, TxRecords tx) {
        switch (kind) {
            case TX_DOORBELL -> {
                tx.doorbell(new TxHardware.Doorbell(cycle, (int) w[i + 2], (int) w[i + 3], (int) w[i + 4]));
                return i + 5;
            }
            case TX_DESC -> {
                tx.descriptor(new TxHardware.Descriptor(cycle, (int) w[i + 2], (int) w[i + 3], w[i + 4], (int) w[i + 5],
                        (int) w[i + 6]));
                return i + 7;
            }
            case TX_SENT -> {
                tx.sent(new TxHardware.Sent(cycle, (int) w[i + 2], (int) w[i + 3], (int) w[i + 4], w[i + 5]));
                return i + 6;
            }
            default -> throw new IllegalStateException("stage record kind " + kind + " at word " + i
                    + ": the bridge and the testbench disagree on stage_monitor.h");
        }
    }

    /** The records of frame {@code seq}, removed from the log; null when none was seen. */
    public HardwareStages take(long seq) {
        HardwareStages s = peek(seq);
        if (s != null) {
            seqs[slot(seq)] = -1;
        }
        return s;
    }

    /** The records of frame {@code seq}, kept; null when none was seen. */
    public HardwareStages peek(long seq) {
        int slot = slot(seq);
        return seqs[slot] == seq ? new HardwareStages(seq, parsers[slot], hashes[slot], retas[slot], dmas[slot]) : null;
    }

    private static int slot(long seq) {
        return (int) seq & (KEEP - 1);
    }
}
