package org.nicsim.cosim;

/**
 * A frame the app hands to ifq for transmission.
 *
 * @param source index of the received frame it forwards, or -1 for transmit-only load
 * @param bytes  the frame
 */
record TxPacket(long source, byte[] bytes) {}
