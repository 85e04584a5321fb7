package org.nicsim.bridge;

/**
 * One observation from the event log; which fields apply depends on {@link EventKind}.
 *
 * @param cycle  the clock cycle it happened in (its rising edge)
 * @param kind   what happened
 * @param queue  queue or irq bit for IRQ_* and DOORBELL, else -1
 * @param value  tail value, address or sequence number (see {@link EventKind})
 * @param axiId  AXI ID for host-memory faults, else -1
 * @param detail kind-specific: AXI response for faults, WSTRB for doorbells, rule for AXI_PROTOCOL
 */
public record BridgeEvent(long cycle, EventKind kind, int queue, long value, int axiId, int detail) {
    /** AXI response code OKAY. */
    public static final int RESP_OKAY = 0;
    /** AXI response code SLVERR. */
    public static final int RESP_SLVERR = 2;
    /** AXI response code DECERR. */
    public static final int RESP_DECERR = 3;
}
