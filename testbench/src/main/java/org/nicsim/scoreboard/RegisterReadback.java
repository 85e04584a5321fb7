package org.nicsim.scoreboard;

import static org.nicsim.driver.NicRegisters.*;

import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;

/**
 * The end-of-run register read-back audit ({@code regs.readback}), run once NIC and host are quiet
 * and every frame has been checked. It reads every read-write register back and compares it with
 * the {@link RegisterMirror} of the driver's writes; HEAD registers with where the driver stands;
 * MMIO_WRITES with the writes made. Then it probes the behaviours the register map documents and
 * the driver never needs: strobed bytes merge, cleared strobes keep bytes, read-only registers
 * ignore writes, an out-of-range TX doorbell is ignored and counted bad, IRQ_STATUS clears by
 * writing ones, unmapped addresses read 0xDEADBEEF. Nothing here sends or receives a frame.
 */
final class RegisterReadback {
    /** A hole in the global block (between DEFAULT_QUEUE and RSS_KEY) and one inside a queue block. */
    private static final int UNMAPPED_GLOBAL = 0x0028;
    private static final int UNMAPPED_IN_QUEUE = 0x1C;

    /** The register port: unsigned reads (the model runs while it waits) and strobed posted writes. */
    interface Port {
        long read(int address);

        void write(int address, int value, int wstrb);
    }

    private final Scoreboard scoreboard;
    private final Port port;
    private final LongSupplier clock;
    private final RegisterMirror mirror;

    RegisterReadback(Scoreboard scoreboard, Port port, LongSupplier clock, RegisterMirror mirror) {
        this.scoreboard = scoreboard;
        this.port = port;
        this.clock = clock;
        this.mirror = mirror;
    }

    /**
     * @param queues  queues the driver runs
     * @param rxNext  the slot each of them harvests next
     */
    void run(int queues, IntUnaryOperator rxNext) {
        for (int a : mirror.readWriteRegisters()) {
            expect(name(a), a, Integer.toUnsignedLong(mirror.value(a)));
        }
        for (int q = 0; q < mirror.hwQueues(); q++) {
            // quiet: every write-back harvested, every TX descriptor completed
            expect("RXQ_HEAD[" + q + "]", queueReg(q, RXQ_HEAD), q < queues ? rxNext.applyAsInt(q) : 0);
            expect("TXQ_HEAD[" + q + "]", queueReg(q, TXQ_HEAD), Integer.toUnsignedLong(mirror.value(queueReg(q, TXQ_TAIL))));
        }
        expect("MMIO_WRITES", MMIO_WRITES, mirror.writes() & 0xFFFF_FFFFL);
        probes();
    }

    private void probes() {
        // strobes: bytes 0 and 2 of the second write land, bytes 1 and 3 keep the first
        write(SCRATCH, 0xA5C3_5A3C, 0xF);
        write(SCRATCH, 0x1234_5678, 0b0101);
        expect("SCRATCH after strobes 0101", SCRATCH, Integer.toUnsignedLong(mirror.value(SCRATCH)));
        // DEFAULT_QUEUE lives in byte 0: without its strobe the write changes nothing
        write(DEFAULT_QUEUE, ~mirror.value(DEFAULT_QUEUE), 0b1110);
        expect("DEFAULT_QUEUE after strobes 1110", DEFAULT_QUEUE, Integer.toUnsignedLong(mirror.value(DEFAULT_QUEUE)));
        // a RETA word with only byte 0 strobed: entries 1..3 keep their queues
        int reta0 = retaWord(0);
        write(reta0, mirror.value(reta0) ^ 0x0F0F_0F00, 0b0001);
        expect("RETA[0] after strobes 0001", reta0, Integer.toUnsignedLong(mirror.value(reta0)));
        // read-only registers of a queue block ignore writes
        int head = queueReg(0, RXQ_HEAD);
        long headBefore = port.read(head);
        write(head, (int) headBefore + 1, 0xF);
        expect("RXQ_HEAD[0] after a write", head, headBefore);
        // a doorbell at or beyond SIZE is ignored and counted bad, but counted as a doorbell
        int tail = queueReg(0, TXQ_TAIL);
        long doorbells = port.read(queueReg(0, TXQ_DOORBELLS));
        long bad = port.read(queueReg(0, TXQ_BAD_DOORBELLS));
        write(tail, Math.max(mirror.value(queueReg(0, TXQ_SIZE)), RING_MIN), 0xF);
        expect("TXQ_TAIL[0] after a doorbell >= SIZE", tail, Integer.toUnsignedLong(mirror.value(tail)));
        expect("TXQ_BAD_DOORBELLS[0] after a doorbell >= SIZE", queueReg(0, TXQ_BAD_DOORBELLS), bad + 1);
        expect("TXQ_DOORBELLS[0] after a doorbell >= SIZE", queueReg(0, TXQ_DOORBELLS), doorbells + 1);
        // IRQ_STATUS is write-1-to-clear; no frame is moving, so nothing sets it again
        long irq = port.read(IRQ_STATUS);
        write(IRQ_STATUS, (int) irq, 0xF);
        expect("IRQ_STATUS after writing back " + Long.toHexString(irq), IRQ_STATUS, 0);
        // unmapped addresses: the documented value (the response code is bus.protocol's)
        long unmapped = Integer.toUnsignedLong(UNMAPPED_VALUE);
        expect("unmapped 0x" + Integer.toHexString(UNMAPPED_GLOBAL), UNMAPPED_GLOBAL, unmapped);
        expect("unmapped RXQ block offset 0x1c", queueReg(0, UNMAPPED_IN_QUEUE), unmapped);
        if (mirror.hwQueues() < MAX_QUEUES) {
            expect("unmapped queue block " + mirror.hwQueues(), queueReg(mirror.hwQueues(), RXQ_BASE_LO), unmapped);
        }
        expect("MMIO_WRITES after the probes", MMIO_WRITES, mirror.writes() & 0xFFFF_FFFFL);
    }

    private void write(int address, int value, int wstrb) {
        port.write(address, value, wstrb);
        mirror.written(address, value, wstrb);
    }

    private void expect(String field, int address, long expected) {
        long hw = port.read(address);
        scoreboard.compare(Check.REGS_READBACK, hw == expected, -1, clock.getAsLong(), field,
                "0x" + Long.toHexString(hw), "0x" + Long.toHexString(expected));
    }

    private static String name(int a) {
        if (a >= QUEUE_BASE) {
            int q = (a - QUEUE_BASE) / QUEUE_STRIDE;
            String[] regs = {"RXQ_BASE_LO", "RXQ_BASE_HI", "RXQ_SIZE", "RXQ_TAIL", "RXQ_HEAD", "RXQ_DELIVERED", "RXQ_DROPS",
                "", "TXQ_BASE_LO", "TXQ_BASE_HI", "TXQ_SIZE", "TXQ_TAIL"};
            return regs[(a - QUEUE_BASE) % QUEUE_STRIDE / 4] + "[" + q + "]";
        }
        if (a >= RETA_BASE) {
            return "RETA[" + (a - RETA_BASE) / 4 + "]";
        }
        if (a >= RSS_KEY_BASE) {
            return "RSS_KEY[" + (a - RSS_KEY_BASE) / 4 + "]";
        }
        return switch (a) {
            case CTRL -> "CTRL";
            case SCRATCH -> "SCRATCH";
            case IRQ_MASK -> "IRQ_MASK";
            case RSS_HASH_TYPES -> "RSS_HASH_TYPES";
            case DEFAULT_QUEUE -> "DEFAULT_QUEUE";
            default -> "0x" + Integer.toHexString(a);
        };
    }
}
