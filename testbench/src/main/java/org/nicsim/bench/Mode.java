package org.nicsim.bench;

/** The four ways the benchmark drives the same Verilated nic_top with the same frames. */
public enum Mode {
    /** The Java co-simulation end to end: driver, netisr/ifq model, scoreboard, streamed outputs. */
    COSIM("1 nicsim co-simulation"),
    /** The Java driver servicing the rings over the JNI bridge, no model or scoreboard. */
    BRIDGE("2 nicsim bridge only"),
    /** The C++ harness: same model and native BFMs, host loop in C++, no JNI. */
    CPP("3 C++ harness"),
    /** Per-signal bridging: Java BFMs over one JNI peek/poke per port access per cycle. */
    PIN("4 per-signal bridging");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
