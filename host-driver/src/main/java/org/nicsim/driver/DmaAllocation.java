package org.nicsim.driver;

/**
 * One named block the driver handed to the NIC ("RX ring 0", "TX buffer 2/5").
 *
 * @param what   the driver's name for it
 * @param region where it lies
 */
public record DmaAllocation(String what, DmaRegion region) {
    /** "what" for the first byte, "what + 0x40" for an address inside. */
    public String describe(long busAddress) {
        long off = busAddress - region.busAddress();
        return off == 0 ? what : what + String.format(" + 0x%x", off);
    }
}
