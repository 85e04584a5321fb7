package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.nicsim.run.Fate;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.PacketRecord;
import org.nicsim.scenario.Scenario;

/**
 * Random and mutated frames into the real model through the whole co-simulation: every run ends
 * (the stall watchdog bounds it), every frame gets exactly one fate, the hardware agrees with the
 * model on every frame it delivers (hash, queue, flags, bytes), and the NIC's counters balance.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class FrameFuzzProperties {
    /** One frame off the wire. */
    record Hostile(byte[] bytes, boolean bad) {
        @Override
        public String toString() {
            return (bad ? "bad " : "") + bytes.length + " bytes " + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 96))
                    + (bytes.length > 96 ? "..." : "");
        }
    }

    /** Buffers of 9600 bytes (traffic.sizes.max) so jumbo frames are delivered and only longer ones are errors. */
    static Scenario scenario(String app) {
        return SimRun.scenario("{\"seed\":1,\"cpus\":2,\"queues\":2,\"app\":\"" + app + "\",\"rxBuffers\":16,"
                + "\"rxRingSize\":32,\"txRingSize\":32,\"traffic\":{\"packets\":0,\"sizes\":{\"min\":60,\"max\":9600}}}");
    }

    @Provide
    Arbitrary<List<Hostile>> frames() {
        return Combinators.combine(HostileFrames.any(), Arbitraries.integers().between(0, 9))
                .as((b, bad) -> new Hostile(b, bad == 0)).list().ofMinSize(1).ofMaxSize(24);
    }

    static SimRun run(List<Hostile> frames, String app) {
        List<InjectedFrame> in = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            in.add(new InjectedFrame(i, frames.get(i).bytes(), frames.get(i).bad()));
        }
        NicCounters[] counters = new NicCounters[1];
        SimRun run = SimRun.of(scenario(app), b -> b, (m, s) -> s.setStallCycles(50_000), in.iterator(), in.size(),
                m -> { }, m -> counters[0] = NicCounters.whenIdle(m));
        assertNull(run.failure, run::mismatches);
        assertTrue(counters[0].balanced(), counters[0]::toString);
        return run;
    }

    @Property(tries = 25)
    void everyHostileFrameGetsOneFateAndHardwareAgreesWithTheModel(@ForAll("frames") List<Hostile> frames,
                                                                  @ForAll("app") String app) {
        SimRun run = run(frames, app);
        assertTrue(run.result.passed(), run::mismatches);
        assertEquals(frames.size(), run.packets().size(), "one packets.jsonl line per frame");
        for (int i = 0; i < frames.size(); i++) {
            PacketRecord p = run.packets().get(i);
            assertEquals(i, p.index());
            int len = frames.get(i).bytes().length;
            // docs/registers.md RX_DROP_ERROR: bad frame, runt (< 14 bytes), longer than the posted buffer
            boolean error = frames.get(i).bad() || len < 14 || len > 9600;
            assertEquals(error, p.fate() == Fate.ERROR, "frame " + i + ": " + frames.get(i) + " -> " + p);
        }
    }

    @Provide
    Arbitrary<String> app() {
        return Arbitraries.of("sink", "forward");
    }
}
