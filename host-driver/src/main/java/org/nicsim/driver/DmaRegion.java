package org.nicsim.driver;

/**
 * A block of host memory handed to the NIC: its bus address and where it lies in the host buffer.
 *
 * @param busAddress address the NIC uses for byte 0 of the region
 * @param offset index of byte 0 in the host-memory buffer
 * @param length bytes
 */
public record DmaRegion(long busAddress, int offset, int length) {
    public DmaRegion {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("dma region offset and length must be >= 0");
        }
    }

    /** The sub-region of {@code len} bytes at {@code off} inside this one. */
    public DmaRegion slice(int off, int len) {
        if (off < 0 || len < 0 || off + len > length) {
            throw new IllegalArgumentException("slice " + off + "+" + len + " outside region of " + length);
        }
        return new DmaRegion(busAddress + off, offset + off, len);
    }
}
