package org.nicsim.host;

import org.nicsim.driver.RxCompletion;
import org.nicsim.model.Mbuf;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.netisr.CpuChoice;

/**
 * What the host stack reports as it runs: the checkers listen here, so the stack itself holds no
 * check and no statistic.
 */
public interface HostListener {
    /**
     * The driver harvested a write-back from ring {@code queue} on {@code cpu}.
     *
     * @return the frame it belongs to, carried through netisr; null to skip it (nothing outstanding)
     */
    RxPayload received(RxCompletion c, int queue, int cpu);

    /**
     * The NIC returned {@code n} buffers of ring {@code queue} without a frame: their data write
     * faulted, so the frames they were meant for are error drops.
     */
    void returnedEmpty(int queue, long n);

    /** The CPU netisr selects for {@code frame} and why; reported only when explaining a run. */
    default void netisrChoice(RxPayload frame, CpuChoice choice) {
    }

    /** A netisr handler took {@code m} on {@code cpu}. */
    void handled(Mbuf m, int cpu);

    /** netisr dropped the frame (its workstream queue was full). */
    void qdropped(RxPayload frame);

    /**
     * netisr freed the frame because the vnet disabled protocol {@code proto}: purged from a queue
     * by {@code netisr_unregister_vnet}, or refused on arrival while the protocol was off.
     */
    void vnetDropped(RxPayload frame, int proto, boolean purged);

    /** One step of the TX path (a frame, a rollup, a completion), in the order it happened. */
    void txTraced(TxEvent e);

    /** The driver wrote {@code tail} to TXQ_TAIL of {@code queue} on {@code cpu}; the bus shows it next in order. */
    void doorbellWritten(int cpu, int queue, int tail);

    /** ifq_dispatch on {@code cpu} dropped a frame: its subqueue was full. */
    void ifqDropped(int cpu);

    /** The driver's if_start on {@code queue} ran on {@code cpu}, rang {@code doorbells} tails, left the ring full or not. */
    void driverStarted(int queue, int cpu, int doorbells, boolean oactive);

    /** The driver put {@code p} on TX ring {@code queue}. */
    void txPosted(int queue, TxPacket p);

    /** Ring service or TX reclaim moved work forward (for the stall watchdog). */
    void progressed();
}
