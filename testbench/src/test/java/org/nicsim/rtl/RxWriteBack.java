package org.nicsim.rtl;

import java.nio.ByteBuffer;

/**
 * One RX descriptor write-back as docs/registers.md lays it out (16 bytes, little-endian): hash 0-3,
 * hash type 4, queue 5, flags 6-7, frame length 8-9, VLAN TCI 10-11, RX sequence 12-15.
 *
 * @param hash     RSS hash (flow ID), unsigned 32 bits in an int
 * @param hashType FreeBSD {@code M_HASHTYPE_*} value, 0..255
 * @param queue    queue byte
 * @param flags    flag bits, DD included
 * @param length   frame length in bytes
 * @param vlanTci  802.1Q TCI, 0 without a tag
 * @param sequence RX_FRAMES when the frame arrived
 */
record RxWriteBack(int hash, int hashType, int queue, int flags, int length, int vlanTci, long sequence) {
    static final int BYTES = 16;
    static final int FLAG_DD = 1;

    /** Parses the 16 bytes at {@code offset} of host memory. */
    static RxWriteBack read(ByteBuffer mem, int offset) {
        return new RxWriteBack(mem.getInt(offset), mem.get(offset + 4) & 0xFF, mem.get(offset + 5) & 0xFF,
                mem.getShort(offset + 6) & 0xFFFF, mem.getShort(offset + 8) & 0xFFFF,
                mem.getShort(offset + 10) & 0xFFFF, mem.getInt(offset + 12) & 0xFFFF_FFFFL);
    }

    boolean done() {
        return (flags & FLAG_DD) != 0;
    }

    @Override
    public String toString() {
        return String.format("WB[hash=%08x type=0x%02x q=%d flags=0x%02x len=%d tci=0x%04x seq=%d]",
                hash, hashType, queue, flags, length, vlanTci, sequence);
    }
}
