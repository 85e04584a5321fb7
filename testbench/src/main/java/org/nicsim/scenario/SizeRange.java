package org.nicsim.scenario;

/**
 * Frame lengths in bytes, Ethernet header included, FCS excluded ({@code traffic.sizes}).
 *
 * @param min smallest length, at least 14
 * @param max largest length, at most 9600
 */
public record SizeRange(int min, int max) {
}
