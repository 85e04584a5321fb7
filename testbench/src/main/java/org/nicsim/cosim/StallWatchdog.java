package org.nicsim.cosim;

import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicRegisters;

/**
 * Declares a stall when nothing moved for a budget of cycles while work is pending, naming the
 * block that holds the work (from STATUS and the ring indices), the NIC's counters and the cycle.
 */
public final class StallWatchdog {
    /** Cycles without progress while work is pending before the run is declared stalled. */
    public static final long DEFAULT_STALL_CYCLES = 200_000;
    /** System property that sets the stall watchdog's budget for every run of the JVM. */
    public static final String STALL_CYCLES_PROPERTY = "nicsim.stallCycles";

    private final NicModel model;
    private final int queues;
    private long budget = stallCyclesSetting();
    private long progressCycle;

    StallWatchdog(NicModel model, int queues) {
        this.model = model;
        this.queues = queues;
    }

    /**
     * The budget a run starts with: {@code -Dnicsim.stallCycles=N} (the command line's way to set
     * it, e.g. through NICSIM_JAVA_OPTS), else {@link #DEFAULT_STALL_CYCLES}.
     *
     * @throws IllegalArgumentException naming the property when it is not an integer of at least
     *                                  {@link CoSimulation#SERVICE_INTERVAL}
     */
    public static long stallCyclesSetting() {
        String v = System.getProperty(STALL_CYCLES_PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_STALL_CYCLES;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(STALL_CYCLES_PROPERTY + ": expected an integer number of cycles, got '" + v + "'");
        }
        if (n < CoSimulation.SERVICE_INTERVAL) {
            throw new IllegalArgumentException(STALL_CYCLES_PROPERTY + ": must be at least " + CoSimulation.SERVICE_INTERVAL
                    + " cycles, got " + n);
        }
        return n;
    }

    void budget(long cycles) {
        if (cycles < CoSimulation.SERVICE_INTERVAL) {
            throw new IllegalArgumentException("stallCycles: must be at least " + CoSimulation.SERVICE_INTERVAL
                    + " cycles, got " + cycles);
        }
        this.budget = cycles;
    }

    /** Something moved at {@code cycle}. */
    void progress(long cycle) {
        progressCycle = cycle;
    }

    /**
     * @throws SimulationStallException when nothing moved for more than the budget
     */
    void check(long inStack, long txOutstanding, boolean framesLeft, BusFaultLog faults) {
        long now = model.cycle();
        if (now - progressCycle <= budget) {
            return;
        }
        long since = progressCycle;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("no progress for %d cycles (cycles %d..%d) with work pending: ", now - since, since, now));
        sb.append(String.format("%d frames queued at the RX stream, %d in the stack, %d TX frames not yet sent%s; ",
                model.rxPending(), inStack, txOutstanding, framesLeft ? ", more to inject" : ""));
        int status = model.mmioRead(NicRegisters.STATUS);
        sb.append(String.format("STATUS rx_idle=%d tx_idle=%d, RX_FRAMES=%d RX_DELIVERED=%d RX_DROP_NOBUF=%d "
                        + "RX_DROP_ERROR=%d TX_FRAMES=%d DMA_FAULTS=%d", status & 1, (status >> 1) & 1,
                reg(NicRegisters.RX_FRAMES), reg(NicRegisters.RX_DELIVERED), reg(NicRegisters.RX_DROP_NOBUF),
                reg(NicRegisters.RX_DROP_ERROR), reg(NicRegisters.TX_FRAMES), reg(NicRegisters.DMA_FAULTS)));
        String block;
        String detail;
        if ((status & NicRegisters.STATUS_RX_IDLE) == 0) {
            block = "rx_datapath";
            detail = "RX datapath (rx_datapath) holds frames";
        } else if ((status & NicRegisters.STATUS_TX_IDLE) == 0) {
            block = "tx_engine";
            detail = "TX engine (tx_engine) has descriptors it does not finish:" + txQueuesBehind();
        } else if (model.rxPending() > 0) {
            block = "s_axis_rx";
            detail = "RX stream (s_axis_rx_tready held low with the datapath idle)";
        } else {
            block = "host";
            detail = "host side (the NIC is idle but the testbench still waits)";
        }
        if (faults.count() > 0) {
            sb.append("; ").append(faults.count()).append(" bus faults, first: ").append(faults.first());
        }
        throw new SimulationStallException("stall in the " + detail + " at cycle " + now + ": " + sb, now, since, block);
    }

    /** " queue q HEAD h TAIL t" for every TX queue whose HEAD has not reached its TAIL. */
    private String txQueuesBehind() {
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < queues; q++) {
            long head = reg(NicRegisters.queueReg(q, NicRegisters.TXQ_HEAD));
            long tail = reg(NicRegisters.queueReg(q, NicRegisters.TXQ_TAIL));
            if (head != tail) {
                sb.append(String.format(" queue %d HEAD %d TAIL %d;", q, head, tail));
            }
        }
        return sb.length() == 0 ? " no queue has HEAD != TAIL (a frame in flight)" : sb.substring(0, sb.length() - 1);
    }

    private long reg(int addr) {
        return Integer.toUnsignedLong(model.mmioRead(addr));
    }
}
