package org.nicsim.scenario;

import static org.nicsim.scenario.ScenarioLimits.MAX_BUS_LATENCY;
import static org.nicsim.scenario.ScenarioLimits.MIN_BUS_LATENCY;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scenario sections that steer stimulus rather than configuration: {@code bus} (RX idle
 * cycles inside frames, host-memory latency, TX backpressure) and {@code vnet} (the VIMAGE
 * protocol changes during traffic). Part of {@link ScenarioReader}, with the same rules.
 */
final class StimulusReader {
    static final List<String> VNET = List.of("atPacket", "protocol", "action");
    static final List<String> BUS = List.of("rxIdle", "readLatency", "writeLatency", "txBackpressure");

    private StimulusReader() {
    }

    static List<VnetChange> vnet(FieldReader top) {
        List<FieldReader> changes = top.elements("vnet", VNET, "an array of vnet changes");
        List<VnetChange> out = new ArrayList<>();
        long first = 0;
        for (int i = 0; i < changes.size(); i++) {
            FieldReader r = changes.get(i);
            for (String f : VNET) {
                if (!r.has(f)) {
                    throw new ScenarioException(r.path(f), "missing (atPacket, protocol ip|ip6|ether, action unregister|register)");
                }
            }
            long at = r.longInteger("atPacket", 0, first, Integer.MAX_VALUE, i == 0 ? "" : ": after vnet[" + (i - 1) + "]");
            VnetProtocol p = r.enumValue("protocol", VnetProtocol.class, null);
            String action = JsonValues.string(r.get("action"), r.path("action"), "\"unregister\" or \"register\"");
            if (!action.equals("unregister") && !action.equals("register")) {
                throw new ScenarioException(r.path("action"), JsonValues.quote(action)
                        + " is not valid (expected \"unregister\" or \"register\")");
            }
            out.add(new VnetChange(at, p, action.equals("register")));
            first = at;
        }
        return out;
    }

    static BusSpec bus(FieldReader r) {
        BusSpec d = BusSpec.plain();
        double idle = belowOne(r, "rxIdle", d.rxIdle());
        int read = r.integer("readLatency", d.readLatency(), MIN_BUS_LATENCY, MAX_BUS_LATENCY, "");
        int write = r.integer("writeLatency", d.writeLatency(), MIN_BUS_LATENCY, MAX_BUS_LATENCY, "");
        return new BusSpec(idle, read, write, belowOne(r, "txBackpressure", d.txBackpressure()));
    }

    /** A probability the bus models draw in parts per million: 1.0 would stop the bus for good. */
    private static double belowOne(FieldReader r, String name, double def) {
        double p = r.fraction(name, def);
        if (Math.round(p * 1_000_000) >= 1_000_000) {
            throw new ScenarioException(r.path(name), p + " is out of range (allowed 0..0.999999: 1 would stall the bus)");
        }
        return p;
    }
}
