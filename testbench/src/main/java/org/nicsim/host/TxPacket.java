package org.nicsim.host;

/**
 * A frame the app hands to ifq for transmission.
 *
 * @param source index of the received frame it forwards, or -1 for transmit-only load
 * @param bytes  the frame
 * @param seq    order in which the driver posted it to a ring (-1 until posted)
 */
public record TxPacket(long source, byte[] bytes, long seq) {
    public TxPacket(long source, byte[] bytes) {
        this(source, bytes, -1);
    }

    public TxPacket withSeq(long s) {
        return new TxPacket(source, bytes, s);
    }
}
