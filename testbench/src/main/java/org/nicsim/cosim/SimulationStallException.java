package org.nicsim.cosim;

/**
 * The RTL made no progress for the watchdog's budget while work was pending (exit status 3). The
 * message names the stuck block and the NIC's counters; {@link #lastProgressCycle()} ..
 * {@link #cycle()} is the stretch a waveform of the stall should show.
 */
public class SimulationStallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long cycle;
    private final long lastProgressCycle;
    private final String stuckBlock;

    public SimulationStallException(String message, long cycle) {
        this(message, cycle, -1, "unknown");
    }

    /**
     * @param message           what was pending and the counters
     * @param cycle             cycle at which the stall was declared
     * @param lastProgressCycle last cycle anything moved (a frame accepted or sent, a write-back,
     *                          a doorbell), -1 if unknown
     * @param stuckBlock        the RTL block (or host side) the watchdog blames, e.g. "tx_engine"
     */
    public SimulationStallException(String message, long cycle, long lastProgressCycle, String stuckBlock) {
        super(message);
        this.cycle = cycle;
        this.lastProgressCycle = lastProgressCycle;
        this.stuckBlock = stuckBlock;
    }

    /** Cycle at which the stall was declared. */
    public long cycle() {
        return cycle;
    }

    /** Last cycle with progress, or -1; a stall waveform covers this cycle up to {@link #cycle()}. */
    public long lastProgressCycle() {
        return lastProgressCycle;
    }

    /** The block blamed: {@code rx_datapath}, {@code tx_engine}, {@code s_axis_rx} or {@code host}. */
    public String stuckBlock() {
        return stuckBlock;
    }
}
