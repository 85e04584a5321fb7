package org.nicsim.scenario;

/** DragonFly ifq subqueue choice for a transmitting CPU ({@code ifq.mapSubq}). */
public enum MapSubq implements JsonNamed {
    /** {@code ifq_mapsubq_default}: always subqueue 0. */
    DEFAULT("default"),
    /** {@code ifq_mapsubq_mask}: subqueue {@code cpuid & mask}. */
    MASK("mask");

    private final String jsonName;

    MapSubq(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
