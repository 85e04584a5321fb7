package org.nicsim.model.ifq;

/**
 * One write of a TXQ_TAIL doorbell register.
 *
 * @param queue TX queue
 * @param tail  value written: index one past the last posted descriptor
 * @param cpu   CPU whose driver start wrote it
 */
public record TailWrite(int queue, int tail, int cpu) {
}
