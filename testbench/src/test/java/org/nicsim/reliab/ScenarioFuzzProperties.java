package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.nicsim.run.Fate;

/**
 * Random valid scenarios (CPUs, queues, netisr policy and dispatch, qlimit, buffers, staging, app,
 * traffic mix with malformed/VLAN/fragments, transmit-only batches) on the real model: every run
 * ends, passes every check, and accounts for every frame with a fate — drops included, each with
 * its reason.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ScenarioFuzzProperties {

    /** The knobs, written as scenario JSON so a shrunk counterexample is a scenario file. */
    record Knobs(long seed, int cpus, int queues, int workstreams, String policy, String dispatch, int qlimit,
                 int rxBuffers, int txRingSize, int stageCntMax, String app, int packets, int minSize, int maxSize,
                 double malformed, double vlan, double fragments, int txFrames) {
        String json() {
            int ws = Math.min(workstreams, cpus);
            int max = Math.max(minSize, maxSize);
            String tx = txFrames == 0 ? "" : ",\"tx\":{\"batches\":[{\"cpu\":" + (cpus - 1) + ",\"sizes\":"
                    + Arrays.toString(java.util.stream.IntStream.range(0, txFrames).map(i -> 60 + 97 * i % 1400).toArray()) + "}]}";
            return String.format(java.util.Locale.ROOT, "{\"seed\":%d,\"cpus\":%d,\"queues\":%d,\"netisr\":{\"policy\":\"%s\","
                    + "\"dispatch\":\"%s\",\"qlimit\":%d,\"workstreams\":%d},\"rxRingSize\":16,\"rxBuffers\":%d,"
                    + "\"txRingSize\":%d,\"ifq\":{\"stageCntMax\":%d},\"app\":\"%s\",\"traffic\":{\"packets\":%d,\"flows\":16,"
                    + "\"sizes\":{\"min\":%d,\"max\":%d},\"malformed\":%.2f,\"vlan\":%.2f,\"fragments\":%.2f}%s}",
                    seed, cpus, queues, policy, dispatch, qlimit, ws, rxBuffers, txRingSize, stageCntMax, app, packets,
                    minSize, max, malformed, vlan, fragments, tx);
        }

        @Override
        public String toString() {
            return json();
        }
    }

    @Provide
    Arbitrary<Knobs> knobs() {
        return Builders.withBuilder(() -> new Object[18])
                .use(Arbitraries.longs()).in((a, v) -> set(a, 0, v))
                .use(Arbitraries.integers().between(1, 4)).in((a, v) -> set(a, 1, v))
                .use(Arbitraries.integers().between(1, 4)).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.integers().between(1, 4)).in((a, v) -> set(a, 3, v))
                .use(Arbitraries.of("SOURCE", "FLOW", "CPU")).in((a, v) -> set(a, 4, v))
                .use(Arbitraries.of("DIRECT", "HYBRID", "DEFERRED")).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.integers().between(1, 64)).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.integers().between(1, 15)).in((a, v) -> set(a, 7, v))
                .use(Arbitraries.of(8, 16, 64)).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.integers().between(1, 8)).in((a, v) -> set(a, 9, v))
                .use(Arbitraries.of("forward", "sink")).in((a, v) -> set(a, 10, v))
                .use(Arbitraries.integers().between(0, 80)).in((a, v) -> set(a, 11, v))
                .use(Arbitraries.integers().between(14, 200)).in((a, v) -> set(a, 12, v))
                .use(Arbitraries.integers().between(60, 3000)).in((a, v) -> set(a, 13, v))
                .use(Arbitraries.of(0.0, 0.1, 0.5)).in((a, v) -> set(a, 14, v))
                .use(Arbitraries.of(0.0, 0.3)).in((a, v) -> set(a, 15, v))
                .use(Arbitraries.of(0.0, 0.3)).in((a, v) -> set(a, 16, v))
                .use(Arbitraries.integers().between(0, 20)).in((a, v) -> set(a, 17, v))
                .build(a -> new Knobs((Long) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], (String) a[4],
                        (String) a[5], (Integer) a[6], (Integer) a[7], (Integer) a[8], (Integer) a[9], (String) a[10],
                        (Integer) a[11], (Integer) a[12], (Integer) a[13], (Double) a[14], (Double) a[15], (Double) a[16],
                        (Integer) a[17]));
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @Property(tries = 20)
    void everyRandomScenarioPassesAndAccountsForEveryFrame(@ForAll("knobs") Knobs k) {
        SimRun run = SimRun.of(k.json(), b -> b, (m, s) -> s.setStallCycles(50_000));
        assertNull(run.failure, run::mismatches);
        assertTrue(run.result.passed(), run::mismatches);
        assertEquals(k.packets(), run.packets().size());
        long fates = 0;
        for (Fate f : Fate.values()) {
            fates += run.result.fate(f);
        }
        assertEquals(k.packets(), fates);
    }
}
