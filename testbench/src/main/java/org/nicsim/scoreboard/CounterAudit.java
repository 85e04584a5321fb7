package org.nicsim.scoreboard;

import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;
import org.nicsim.driver.NicRegisters;
import org.nicsim.run.Fate;

/**
 * The end-of-run audit: the NIC's own counters against what the testbench accounted frame by
 * frame and doorbell by doorbell, and every injected frame against exactly one fate.
 */
final class CounterAudit {
    private final Scoreboard scoreboard;
    private final IntToLongFunction reg;   // unsigned MMIO read of a register (the model runs while it waits)
    private final LongSupplier clock;      // the model's cycle after each read, for the mismatch

    CounterAudit(Scoreboard scoreboard, IntToLongFunction reg, LongSupplier clock) {
        this.scoreboard = scoreboard;
        this.reg = reg;
        this.clock = clock;
    }

    /**
     * Reads and compares every counter.
     *
     * @param now cycle the run ended at (for the totals)
     * @return DMA_FAULTS as read before its comparison
     */
    long run(int queues, RxCheck rxCheck, TxTracker tx, DoorbellTracker doorbells, long busFaults, String firstFault,
             long now) {
        RxTracker rx = rxCheck.tracker();
        long nobuf = rx.fates[Fate.NOBUF.ordinal()];
        long error = rx.fates[Fate.ERROR.ordinal()];
        counter("RX_FRAMES", NicRegisters.RX_FRAMES, rxCheck.injected);
        counter("RX_DELIVERED", NicRegisters.RX_DELIVERED, rxCheck.writtenBack);
        counter("RX_DROP_NOBUF", NicRegisters.RX_DROP_NOBUF, nobuf);
        counter("RX_DROP_ERROR", NicRegisters.RX_DROP_ERROR, error);
        counter("RX_MALFORMED", NicRegisters.RX_MALFORMED, rxCheck.malformedWrittenBack);
        counter("TX_FRAMES", NicRegisters.TX_FRAMES, tx.sent + tx.unexpected);
        for (int q = 0; q < queues; q++) {
            counter("RXQ_DELIVERED[" + q + "]", NicRegisters.queueReg(q, NicRegisters.RXQ_DELIVERED), rx.deliveredByQueue[q]);
            counter("RXQ_DROPS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.RXQ_DROPS), rx.nobufByQueue[q]);
            counter("TXQ_FRAMES[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_FRAMES), tx.sentByQueue[q]);
            counter("TXQ_DOORBELLS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_DOORBELLS), doorbells.byQueue[q]);
            counter("TXQ_BAD_DOORBELLS[" + q + "]", NicRegisters.queueReg(q, NicRegisters.TXQ_BAD_DOORBELLS), 0);
        }
        long dmaFaults = reg.applyAsLong(NicRegisters.DMA_FAULTS);
        counter("DMA_FAULTS", NicRegisters.DMA_FAULTS, 0);
        long delivered = rx.fates[Fate.DELIVERED.ordinal()];
        long qdrop = rx.fates[Fate.QDROP.ordinal()];
        long accounted = delivered + nobuf + error + qdrop + rx.fates[Fate.VNET.ordinal()];
        long injected = rxCheck.injected;
        scoreboard.compare(Check.ACCOUNTING, accounted == injected, -1, now, "delivered + nobuf + error + qdrop + vnet",
                String.valueOf(accounted), injected + " injected");
        scoreboard.compare(Check.ACCOUNTING, rx.open() == 0, -1, now, "frames without a fate", String.valueOf(rx.open()), "0");
        if (busFaults > 0) {
            scoreboard.fail(new Mismatch(Check.COUNTERS, -1, now, "host-memory bus faults",
                    busFaults + (firstFault == null ? "" : " (first: " + firstFault + ")"), "0"));
        }
        return dmaFaults;
    }

    private void counter(String name, int addr, long expected) {
        long hw = reg.applyAsLong(addr);
        scoreboard.compare(Check.COUNTERS, hw == (expected & 0xFFFF_FFFFL), -1, clock.getAsLong(), name, String.valueOf(hw),
                String.valueOf(expected));
    }
}
