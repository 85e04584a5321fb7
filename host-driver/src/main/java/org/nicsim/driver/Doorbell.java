package org.nicsim.driver;

/**
 * A TX tail write the driver performed: {@code TXQ_TAIL[queue] = tail}.
 *
 * @param queue TX queue (the ifq subqueue)
 * @param tail the value written, one past the last ready descriptor
 */
public record Doorbell(int queue, int tail) {}
