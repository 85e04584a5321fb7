package org.nicsim.traffic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nicsim.traffic.TrafficSpec.Mix;
import org.nicsim.traffic.TrafficSpec.Sizes;

class TrafficSpecTest {
    private static final Mix MIX = Mix.defaults();
    private static final Sizes SIZES = new Sizes(64, 1514);

    private static void rejects(String field, Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().startsWith(field + ":"), "expected field " + field + " in: " + x.getMessage());
    }

    @Test
    void negativePacketCountNamesTrafficPackets() {
        rejects("traffic.packets", () -> new TrafficSpec(-1, 64, MIX, SIZES, 0, 0, 0, 0));
    }

    @Test
    void zeroFlowsNamesTrafficFlows() {
        rejects("traffic.flows", () -> new TrafficSpec(10, 0, MIX, SIZES, 0, 0, 0, 0));
    }

    @Test
    void fewerFlowsThanNonZeroMixClassesNamesTrafficFlows() {
        rejects("traffic.flows", () -> new TrafficSpec(10, 4, MIX, SIZES, 0, 0, 0, 0));
        assertDoesNotThrow(() -> new TrafficSpec(10, 1, new Mix(0, 1, 0, 0, 0), SIZES, 0, 0, 0, 0));
    }

    @Test
    void mixFractionOutsideUnitIntervalNamesItsField() {
        rejects("traffic.mix.tcp4", () -> new Mix(-0.1, 0.5, 0.2, 0.3, 0.1));
        rejects("traffic.mix.other", () -> new Mix(0, 0, 0, 0, 1.5));
        rejects("traffic.mix.udp6", () -> new Mix(0.5, 0.5, 0, Double.NaN, 0));
    }

    @Test
    void mixNotSummingToOneNamesTrafficMix() {
        rejects("traffic.mix", () -> new Mix(0.4, 0.2, 0.2, 0.1, 0.05));
    }

    @Test
    void mixWithinOneMillionthOfOneIsAccepted() {
        assertDoesNotThrow(() -> new Mix(0.4, 0.2, 0.2, 0.1, 0.1 + 9e-7));
        rejects("traffic.mix", () -> new Mix(0.4, 0.2, 0.2, 0.1, 0.1 + 2e-6));
    }

    @Test
    void sizeBoundsNameTheirField() {
        rejects("traffic.sizes.min", () -> new Sizes(13, 100));
        rejects("traffic.sizes.max", () -> new Sizes(64, 9601));
        rejects("traffic.sizes.min", () -> new Sizes(200, 100));
        assertDoesNotThrow(() -> new Sizes(14, 9600));
    }

    @Test
    void fractionsOutsideUnitIntervalNameTheirField() {
        rejects("traffic.vlan", () -> new TrafficSpec(10, 64, MIX, SIZES, 1.01, 0, 0, 0));
        rejects("traffic.fragments", () -> new TrafficSpec(10, 64, MIX, SIZES, 0, -0.5, 0, 0));
        rejects("traffic.malformed", () -> new TrafficSpec(10, 64, MIX, SIZES, 0, 0, Double.NaN, 0));
        rejects("traffic.badFrames", () -> new TrafficSpec(10, 64, MIX, SIZES, 0, 0, 0, 2));
    }

    @Test
    void missingSectionsNameTheirField() {
        rejects("traffic.mix", () -> new TrafficSpec(10, 64, null, SIZES, 0, 0, 0, 0));
        rejects("traffic.sizes", () -> new TrafficSpec(10, 64, MIX, null, 0, 0, 0, 0));
    }
}
