package org.nicsim.run;

import org.nicsim.model.netisr.CpuChoice;
import org.nicsim.model.rss.RssPlacement;

/** Receives a run's per-packet and per-doorbell results as they become final, in order. */
public interface RunObserver {
    /**
     * Called when frame {@code index} is queued at the RX stream source, at {@code cycle}: the
     * hardware sees it from then on (the waveform window of a failing frame starts here).
     */
    default void injected(long index, long cycle) {}

    /** Called once per injected frame, in injection order. */
    default void packet(PacketRecord record) {}

    /** Called once per observed doorbell, in bus order. */
    default void doorbell(DoorbellRecord record) {}

    /** Called once per frame the NIC transmitted, in stream order, with the cycle of its last beat. */
    default void transmitted(byte[] frame, long cycle) {}

    /** Progress: frames whose fate is final, of {@code total} (-1 if unknown), at {@code cycle}. */
    default void progress(long done, long total, long cycle) {}

    /** Something the run did that no record shows (see {@link RunEvent}); most observers ignore it. */
    default void event(RunEvent e) {}

    /**
     * A written-back frame's RX stages: what the RTL produced ({@code hardware}, null when the
     * stage monitor saw nothing), the model's placement, and the first diverging stage or null.
     */
    default void rxStages(long index, HardwareStages hardware, RssPlacement model, int modelRingCpu,
                          StageFinding first) {}

    /**
     * A TX descriptor slot's stages once its frame left the NIC (or its descriptor was skipped):
     * what the RTL did, what the host posted in the slot, and the first diverging stage or null.
     * {@code source} is the received frame it forwards, or -1 for transmit-only load.
     */
    default void txStages(long source, TxHardware hardware, TxPosted posted, StageFinding first) {}

    /** The netisr model's CPU for a written-back frame and the branch that chose it (when asked for). */
    default void netisrChoice(long index, CpuChoice choice) {}
}
