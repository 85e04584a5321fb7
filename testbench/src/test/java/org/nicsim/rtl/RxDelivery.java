package org.nicsim.rtl;

/**
 * A frame the NIC delivered: where it landed, its write-back and the bytes in its buffer.
 *
 * @param queue     the ring it was harvested from
 * @param index     descriptor index in that ring
 * @param writeBack the descriptor as the NIC wrote it back
 * @param data      the first {@code writeBack.length()} bytes of the buffer
 */
record RxDelivery(int queue, int index, RxWriteBack writeBack, byte[] data) {
    long sequence() {
        return writeBack.sequence();
    }
}
