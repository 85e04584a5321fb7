package org.nicsim.bridge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Pin-level access to a {@link NicModel}: its top-level ports by id or name, and pin mode, in which
 * the caller drives the inputs and the clock instead of the bus-functional models.
 */
public final class NicPins {
    private final long api;
    private final LongSupplier handle;   // the owner's checked handle (open, right thread)
    private final String top;
    private final List<Port> ports;
    private final Map<String, Port> portsByName;

    NicPins(long api, LongSupplier handle, String top) {
        this.api = api;
        this.handle = handle;
        this.top = top;
        long h = handle.getAsLong();
        String[] names = NativeBridge.portNames(api, h);
        int[] shapes = NativeBridge.portShapes(api, h);
        List<Port> list = new ArrayList<>(names.length);
        Map<String, Port> byName = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Port p = new Port(i, names[i], shapes[i] & 0xFF, (shapes[i] & 0x100) != 0);
            list.add(p);
            byName.put(p.name(), p);
        }
        this.ports = Collections.unmodifiableList(list);
        this.portsByName = Map.copyOf(byName);
    }

    /** @return the model's top-level ports, indexed by {@link Port#id()} */
    public List<Port> ports() {
        handle.getAsLong();
        return ports;
    }

    /**
     * @param name a top-level port name, e.g. {@code "s_axil_awready"}
     * @return the port's id for {@link #peek(int)} / {@link #poke(int, long)}
     * @throws IllegalArgumentException if there is no such port
     */
    public int portId(String name) {
        handle.getAsLong();
        Port p = portsByName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no port named '" + name + "' on " + top);
        }
        return p.id();
    }

    /**
     * @param id a port id
     * @return the port's current value (zero-extended)
     */
    public long peek(int id) {
        return NativeBridge.peek(api, handle.getAsLong(), id);
    }

    /**
     * @param name a port name
     * @return the port's current value (zero-extended)
     */
    public long peek(String name) {
        return peek(portId(name));
    }

    /**
     * Sets an input port; it takes effect at the next {@link #eval()} or {@link #step(long)}.
     *
     * @param id    an input port id
     * @param value the value; must fit the port width
     * @throws IllegalStateException    unless in pin mode (the BFMs own the inputs otherwise)
     * @throws IllegalArgumentException for an output port or a value too wide
     */
    public void poke(int id, long value) {
        NativeBridge.poke(api, handle.getAsLong(), id, value);
    }

    /**
     * @param name  an input port name
     * @param value the value; must fit the port width
     */
    public void poke(String name, long value) {
        poke(portId(name), value);
    }

    /**
     * Switches between BFM mode (default: the BFMs drive every input, {@link NicModel#run} advances time)
     * and pin mode (the BFMs are frozen, the caller drives inputs with {@link #poke} and advances
     * time with {@link #step}). Switch while the BFMs are idle; inputs keep their last value.
     *
     * @param on true for pin mode
     */
    public void setPinMode(boolean on) {
        NativeBridge.setPinMode(api, handle.getAsLong(), on);
    }

    /**
     * Pin mode: simulates {@code cycles} clock cycles (clock low, evaluate, clock high,
     * evaluate) with no BFM, monitor or event log involved.
     *
     * @param cycles 0 ≤ n ≤ 2^46
     * @throws IllegalStateException in BFM mode
     */
    public void step(long cycles) {
        NativeBridge.step(api, handle.getAsLong(), cycles);
    }

    /** Evaluates the model's combinational logic after pokes, without a clock edge. */
    public void eval() {
        NativeBridge.eval(api, handle.getAsLong());
    }
}
