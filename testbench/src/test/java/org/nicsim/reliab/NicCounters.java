package org.nicsim.reliab;

import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicRegisters;

/**
 * The NIC's global RX counters once it is idle, and the invariant docs/registers.md states for them:
 * RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF + RX_DROP_ERROR.
 */
record NicCounters(long frames, long delivered, long nobuf, long error) {
    /** Cycles a NIC may take to drain its RX side once no more frames come (a hang beyond that). */
    static final long IDLE_BUDGET = 400_000;

    /**
     * Lets the queued frames in and the RX pipeline empty, then reads the counters.
     *
     * @throws AssertionError if the RX side is not idle within {@link #IDLE_BUDGET} cycles
     */
    static NicCounters whenIdle(NicModel m) {
        long start = m.cycle();
        while (m.rxPending() > 0 || (m.mmioRead(NicRegisters.STATUS) & NicRegisters.STATUS_RX_IDLE) == 0) {
            if (m.cycle() - start > IDLE_BUDGET) {
                throw new AssertionError("RX side not idle " + IDLE_BUDGET + " cycles after the last frame: "
                        + m.rxPending() + " frames still queued at the stream, STATUS 0x"
                        + Integer.toHexString(m.mmioRead(NicRegisters.STATUS)));
            }
            m.run(1_000, 0);
            m.drainEvents();
            m.drainTx();
        }
        return new NicCounters(reg(m, NicRegisters.RX_FRAMES), reg(m, NicRegisters.RX_DELIVERED),
                reg(m, NicRegisters.RX_DROP_NOBUF), reg(m, NicRegisters.RX_DROP_ERROR));
    }

    private static long reg(NicModel m, int addr) {
        return Integer.toUnsignedLong(m.mmioRead(addr));
    }

    boolean balanced() {
        return frames == ((delivered + nobuf + error) & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return "RX_FRAMES=" + frames + " RX_DELIVERED=" + delivered + " RX_DROP_NOBUF=" + nobuf + " RX_DROP_ERROR=" + error;
    }
}
