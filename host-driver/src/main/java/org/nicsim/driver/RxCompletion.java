package org.nicsim.driver;

/**
 * One received frame as the NIC wrote it back (docs/registers.md, RX write-back).
 *
 * @param queue RX queue whose ring the frame arrived on (the write-back's own queue byte)
 * @param ringIndex descriptor index in that ring
 * @param hash RSS hash, the flowid (unsigned 32 bits held in an int)
 * @param hashType FreeBSD {@code M_HASHTYPE_*} value
 * @param flags write-back flags (DD, VLAN, IPv4, IPv6, TCP, UDP, fragment, malformed)
 * @param vlanTci 802.1Q TCI, 0 when untagged
 * @param rxSequence RX_FRAMES when the frame arrived: the NIC-wide arrival order
 * @param frame the frame bytes as DMA'd into the buffer
 */
public record RxCompletion(int queue, int ringIndex, int hash, int hashType, int flags, int vlanTci,
                           long rxSequence, byte[] frame) {
    public static final int FLAG_DD = 1;
    public static final int FLAG_VLAN = 1 << 1;
    public static final int FLAG_IPV4 = 1 << 2;
    public static final int FLAG_IPV6 = 1 << 3;
    public static final int FLAG_TCP = 1 << 4;
    public static final int FLAG_UDP = 1 << 5;
    public static final int FLAG_FRAGMENT = 1 << 6;
    public static final int FLAG_MALFORMED = 1 << 7;

    public int length() {
        return frame.length;
    }
}
