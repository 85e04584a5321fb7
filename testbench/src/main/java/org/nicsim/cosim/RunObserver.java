package org.nicsim.cosim;

/** Receives a run's per-packet and per-doorbell results as they become final, in order. */
public interface RunObserver {
    /** Called once per injected frame, in injection order. */
    default void packet(PacketRecord record) {}

    /** Called once per observed doorbell, in bus order. */
    default void doorbell(DoorbellRecord record) {}

    /** Called once per frame the NIC transmitted, in stream order, with the cycle of its last beat. */
    default void transmitted(byte[] frame, long cycle) {}

    /** Progress: frames whose fate is final, of {@code total} (-1 if unknown), at {@code cycle}. */
    default void progress(long done, long total, long cycle) {}
}
