package org.nicsim.traffic;

import java.util.Arrays;

/**
 * One frame from the generator, immutable (the byte array is copied in and out).
 *
 * @param index 0-based position in the generated sequence
 * @param bytes the frame, Ethernet header first, no FCS
 * @param badFrame whether to send it with AXI-Stream tuser (bad frame) set
 * @param flowId the flow it was built from (see {@link TrafficGenerator#flows()})
 * @param kind what it is for the NIC's classification rules
 * @param vlan whether it carries one complete 802.1Q tag
 */
public record GeneratedFrame(long index, byte[] bytes, boolean badFrame, int flowId, FrameKind kind, boolean vlan) {
    public GeneratedFrame {
        bytes = bytes.clone();
    }

    /** A copy of the frame bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Frame length in bytes. */
    public int length() {
        return bytes.length;
    }

    /** One byte, 0..255. */
    public int byteAt(int i) {
        return bytes[i] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFrame g && index == g.index && badFrame == g.badFrame
                && flowId == g.flowId && kind == g.kind && vlan == g.vlan && Arrays.equals(bytes, g.bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "GeneratedFrame[index=" + index + ", len=" + bytes.length + ", kind=" + kind + ", flow=" + flowId
                + (vlan ? ", vlan" : "") + (badFrame ? ", tuser" : "") + "]";
    }
}
