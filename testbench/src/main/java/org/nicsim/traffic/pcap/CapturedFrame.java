package org.nicsim.traffic.pcap;

import java.util.Arrays;

/**
 * One packet read from a capture, immutable (bytes are copied in and out).
 *
 * @param index 0-based position among the packets of the file
 * @param timestampNanos capture time in nanoseconds since the epoch (0 for a pcapng Simple
 *        Packet Block, which has none)
 * @param interfaceId the pcapng interface (0 for classic pcap)
 * @param originalLength length on the wire, FCS excluded
 * @param bytes the captured bytes (may be shorter than {@code originalLength} if the capture was snapped)
 */
public record CapturedFrame(long index, long timestampNanos, int interfaceId, int originalLength, byte[] bytes) {
    public CapturedFrame {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Captured length. */
    public int length() {
        return bytes.length;
    }

    /** True when the capture holds fewer bytes than were on the wire. */
    public boolean truncated() {
        return bytes.length < originalLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedFrame c && index == c.index && timestampNanos == c.timestampNanos
                && interfaceId == c.interfaceId && originalLength == c.originalLength && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CapturedFrame[index=" + index + ", ts=" + timestampNanos + "ns, if=" + interfaceId
                + ", len=" + bytes.length + "/" + originalLength + "]";
    }
}
