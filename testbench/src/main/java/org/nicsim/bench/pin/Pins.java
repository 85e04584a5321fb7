package org.nicsim.bench.pin;

import java.util.Arrays;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicPins;
import org.nicsim.bridge.Port;

/**
 * Per-signal access to the model's ports, the way Java/Scala simulation bridges do it: one JNI
 * call per port read ({@link #get}) or write ({@link #set}). Writes are shadowed so an unchanged
 * input costs nothing (a bridge keeps its last value too); reads always cross.
 */
final class Pins {
    private final NicPins model;
    private final long[] shadow;
    long calls;

    Pins(NicModel model) {
        this.model = model.pins();
        this.shadow = new long[this.model.ports().size()];
        Arrays.fill(shadow, -1);
        for (Port p : this.model.ports()) {
            if (p.input()) {
                shadow[p.id()] = this.model.peek(p.id());
            }
        }
    }

    int id(String name) {
        return model.portId(name);
    }

    /** Drives an input (one JNI call if the value changed). */
    void set(int id, long value) {
        if (shadow[id] != value) {
            shadow[id] = value;
            calls++;
            model.poke(id, value);
        }
    }

    void set(int id, boolean value) {
        set(id, value ? 1L : 0L);
    }

    /** The value last driven on an input (no JNI call). */
    long driven(int id) {
        return shadow[id];
    }

    boolean drivenHigh(int id) {
        return shadow[id] != 0;
    }

    /** Reads a port (one JNI call). */
    long get(int id) {
        calls++;
        return model.peek(id);
    }

    boolean high(int id) {
        calls++;
        return model.peek(id) != 0;
    }

    /** Settles the model after input changes (one JNI call). */
    void eval() {
        calls++;
        model.eval();
    }
}
