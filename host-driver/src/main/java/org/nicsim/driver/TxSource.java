package org.nicsim.driver;

/**
 * The software send queue in front of a TX ring, as the start routine sees it (DragonFly's
 * {@code ifaltq_subque}): the driver takes frames while the ring has room.
 */
public interface TxSource {
    boolean isEmpty();

    /** Removes and returns the next frame's bytes. */
    byte[] dequeue();
}
