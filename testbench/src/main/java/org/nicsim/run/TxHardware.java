package org.nicsim.run;

/**
 * What the TX stages of the NIC did for one descriptor slot, as the bridge's stage monitor sampled
 * it inside the RTL: the TXQ_TAIL change that announced the slot, the descriptor the scheduler
 * handed to the frame DMA, and the frame that left on the AXIS TX output. A stage not (yet)
 * reached is null.
 *
 * @param queue TX queue
 * @param index descriptor slot in the ring
 */
public record TxHardware(int queue, int index, Doorbell doorbell, Descriptor descriptor, Sent sent) {
    /** Flag bit of {@link Descriptor#flags()}: the descriptor asks for a status write-back. */
    public static final int FLAG_RS = 1;
    /** Flag bit of {@link Descriptor#flags()}: the engine judged the descriptor bad and skips it. */
    public static final int FLAG_BAD = 2;

    /** TXQ_TAIL of {@code queue} went from {@code before} to {@code after} (a doorbell, or 0 at a queue reset). */
    public record Doorbell(long cycle, int queue, int before, int after) {
        /** True when the slots this change announced, [before, after) modulo the ring, include {@code index}. */
        public boolean announces(int index, int ringSize) {
            int mask = ringSize - 1;
            return ((index - before) & mask) < ((after - before) & mask);
        }

        @Override
        public String toString() {
            return "TXQ_TAIL[" + queue + "] " + before + " -> " + after + " at cycle " + cycle;
        }
    }

    /** The descriptor as scheduled: buffer address, length, {@link #FLAG_RS} and {@link #FLAG_BAD}. */
    public record Descriptor(long cycle, int queue, int index, long address, int length, int flags) {
    }

    /** The frame on the wire: its length and FNV-1a 64-bit digest (the stage monitor's, as FrameDigest computes it). */
    public record Sent(long cycle, int queue, int index, int length, long digest) {
    }

    /** The same slot once its frame has left the NIC. */
    public TxHardware with(Sent s) {
        return new TxHardware(queue, index, doorbell, descriptor, s);
    }
}
