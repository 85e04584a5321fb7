package org.nicsim.scenario;

/**
 * Allowed ranges of scenario fields. Where a range comes from the systems modelled it says so;
 * the others bound the simulation to sizes it can run.
 */
public final class ScenarioLimits {

    private ScenarioLimits() {
    }

    public static final int MAX_CPUS = 64;
    /** NIC RX/TX queue pairs the register map can address (the model may have fewer). */
    public static final int MAX_QUEUES = org.nicsim.driver.NicRegisters.MAX_QUEUES;
    /** netisr {@code maxqlimit} (docs/dispatch-model.md). */
    public static final int MAX_QLIMIT = 10240;
    /** {@code if_index} is a 16-bit value. */
    public static final int MAX_IF_INDEX = 65535;
    public static final int MAX_STAGE_CNT_MAX = 4096;
    public static final int MIN_MTU = 68;
    /** Largest frame (and MTU) a scenario can use, jumbo frames included. */
    public static final int MAX_FRAME = 9600;
    /** Fewest quiet cycles before the stall watchdog fires: one host service interval. */
    public static final long MIN_STALL_CYCLES = 256;
    /** Most quiet cycles the watchdog may wait: about three hours of simulation at 100k cycles/s. */
    public static final long MAX_STALL_CYCLES = 1_000_000_000L;
    /** An Ethernet header; anything shorter is not a frame. */
    public static final int MIN_FRAME = 14;
    public static final int MAX_TX_WREG_NSEGS = 4096;
    public static final long MAX_PACKETS = Integer.MAX_VALUE;
    /** The traffic generator's largest flow table. */
    public static final int MAX_FLOWS = 1_000_000;
    /** Longest free-text description. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** RXQ_SIZE / TXQ_SIZE: power of two 8..4096 (docs/registers.md). */
    public static final int MIN_RING = 8;
    public static final int MAX_RING = 4096;
    /** Tolerance on the sum of the traffic mix. */
    public static final double MIX_TOLERANCE = 1e-6;
    public static final int MAX_NAME_LENGTH = 64;
    /** rxBufferSize, when not 0: a multiple of 8 (the NIC writes 8-byte beats) in this range. */
    public static final int MIN_RX_BUFFER_SIZE = 64;
    public static final int MAX_RX_BUFFER_SIZE = 16384;
    /** txDataOffset: up to one 64-byte headroom less a byte. */
    public static final int MAX_TX_DATA_OFFSET = 63;
    /** bus.readLatency / bus.writeLatency, in cycles. */
    public static final int MIN_BUS_LATENCY = 1;
    public static final int MAX_BUS_LATENCY = 100_000;
}
