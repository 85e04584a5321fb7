package org.nicsim.bridge;

/**
 * A top-level port of the model, for {@link NicModel#peek(int)} and {@link NicModel#poke(int, long)}.
 *
 * @param id    the port's index (stable for a library)
 * @param name  the port name as in rtl/nic_top_ports.svh
 * @param width bits (1..64)
 * @param input whether the model reads it (pokeable in pin mode)
 */
public record Port(int id, String name, int width, boolean input) {
}
