package org.nicsim.run;

import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.netisr.NetisrWorkStats;

/**
 * What happened inside a run beyond its per-frame and per-doorbell records, for listeners that
 * measure what the run exercised (coverage). The engine only reports; it never reads them back.
 */
public sealed interface RunEvent {
    /** Frame {@code index} was offered to the RX stream with these bytes (not to be modified). */
    record RxOffered(long index, byte[] frame) implements RunEvent {}

    /** One step of the transmit trace (frame sent, rollup, completion), before the ifq acts on it. */
    record TxTrace(TxEvent event) implements RunEvent {}

    /** The driver's if_start on {@code queue} ran on {@code cpu}, wrote {@code doorbells} tails, left the ring full or not. */
    record DriverStarted(int queue, int cpu, int doorbells, boolean oactive) implements RunEvent {}

    /** ifq_dispatch on {@code cpu} dropped a frame: its subqueue was full. */
    record IfqDrop(int cpu) implements RunEvent {}

    /** The bus models saw a stimulus condition (RX idle inside a frame, TX stall, a new longest read). */
    record BusObserved(org.nicsim.bridge.EventKind kind, long value) implements RunEvent {}

    /** netisr freed frame {@code index} for its vnet: purged from a queue by unregister_vnet, or refused while off. */
    record VnetDrop(long index, boolean purged) implements RunEvent {}

    /** End of run: the netisr counters of one (protocol, CPU). */
    record NetisrStatistics(int proto, int cpu, NetisrWorkStats stats) implements RunEvent {}
}
