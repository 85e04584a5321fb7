package org.nicsim.run;

/**
 * One line of {@code doorbells.jsonl}: a TX tail write observed at the RTL's register port.
 *
 * @param seq       order of observation, 0-based
 * @param queue     TX queue
 * @param tail      value written
 * @param cycle     cycle of the AXI4-Lite write handshake
 * @param cpu       the CPU whose driver start wrote it; null if the driver wrote none to match it
 * @param predicted the model's predicted sequence has this write at this position
 */
public record DoorbellRecord(long seq, int queue, int tail, long cycle, Integer cpu, boolean predicted) {}
