package org.nicsim.run;

/**
 * A frame offered to the NIC's RX stream.
 *
 * @param index position in the run (0-based), the scoreboard's frame index
 * @param bytes Ethernet frame without FCS
 * @param bad   sent with {@code tuser} set (the MAC saw a bad frame)
 */
public record InjectedFrame(long index, byte[] bytes, boolean bad) {
    public InjectedFrame {
        if (index < 0 || bytes == null) {
            throw new IllegalArgumentException("frame index must be >= 0 and bytes non-null");
        }
    }
}
