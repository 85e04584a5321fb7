package org.nicsim.run;

/**
 * What the host put into one TX descriptor slot: the frame (its length and {@link FrameDigest})
 * and the tail the driver wrote to announce it. The driver asks for a status write-back (RS) on
 * every descriptor and posts only frames the NIC accepts.
 *
 * @param source       index of the received frame it forwards, or -1 for transmit-only load
 * @param doorbellTail the TXQ_TAIL value the driver wrote that covers the slot, -1 if none yet
 */
public record TxPosted(int queue, int index, long source, int length, long digest, int doorbellTail) {
}
