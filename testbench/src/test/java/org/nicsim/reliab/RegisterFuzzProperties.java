package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.DriverException;
import org.nicsim.driver.NicRegisters;
import org.nicsim.scenario.Scenario;

/**
 * A driver gone wrong: random register writes (rings re-based or resized while live, tails out of
 * range, RX/TX disabled, soft resets, RSS tables rewritten, unmapped addresses) while traffic
 * flows both ways. Whatever the NIC then does, the run ends — with a result or with one of the
 * failures a user is told about (stall, driver error) — never a hang, never another exception, and
 * once the input stops the NIC goes idle with RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF +
 * RX_DROP_ERROR.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class RegisterFuzzProperties {
    /** A write the broken driver does after host pass {@code pass}. */
    record Poke(int pass, int address, int value) {
        @Override
        public String toString() {
            return String.format("after pass %d: [0x%04x] <- 0x%08x", pass, address, value);
        }
    }

    static final Scenario SCENARIO = SimRun.scenario("{\"seed\":2,\"cpus\":2,\"queues\":2,\"rxBuffers\":8,\"rxRingSize\":16,"
            + "\"txRingSize\":16,\"app\":\"forward\",\"traffic\":{\"packets\":120,\"flows\":16,\"malformed\":0.1}}");

    @Provide
    Arbitrary<List<Poke>> pokes() {
        List<Integer> regs = new ArrayList<>(List.of(NicRegisters.CTRL, NicRegisters.IRQ_STATUS, NicRegisters.IRQ_MASK,
                NicRegisters.RSS_HASH_TYPES, NicRegisters.DEFAULT_QUEUE, NicRegisters.RSS_KEY_BASE, NicRegisters.RETA_BASE,
                NicRegisters.RX_FRAMES, NicRegisters.STATUS, NicRegisters.ID));
        for (int q = 0; q < 3; q++) {   // the two live queues and one the driver left alone
            for (int off = 0; off < NicRegisters.QUEUE_STRIDE; off += 4) {
                regs.add(NicRegisters.queueReg(q, off));
            }
        }
        Arbitrary<Integer> address = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(regs)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1FFF).map(a -> a & ~3)));
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 20)),
                Tuple.of(2, Arbitraries.of(0, 8, 16, 32, 4096, 8192, 1000)),                    // ring sizes, good and bad
                Tuple.of(2, Arbitraries.integers().between(0, 1 << 22).map(a -> a & ~15)),      // in host memory or past it
                Tuple.of(1, Arbitraries.of(NicRegisters.CTRL_SOFT_RESET, 0, NicRegisters.CTRL_RX_EN, NicRegisters.CTRL_TX_EN)),
                Tuple.of(1, Arbitraries.integers()));
        return Combinators.combine(Arbitraries.integers().between(0, 12), address, value).as(Poke::new)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 20)
    void randomRegisterWritesNeverHangAndLeaveTheRxCountersBalanced(@ForAll("pokes") List<Poke> pokes) {
        int[] pass = {0};
        NicCounters[] counters = new NicCounters[1];
        SimRun run = SimRun.of(SCENARIO, b -> b, (m, s) -> s.setStallCycles(20_000), ScenarioTraffic.frames(SCENARIO),
                SCENARIO.traffic().packets(), m -> poke(m, pokes, pass[0]++), m -> counters[0] = NicCounters.whenIdle(m));
        RuntimeException f = run.failure;
        assertTrue(f == null || f instanceof SimulationStallException || f instanceof DriverException,
                () -> "a broken driver may stall the run or be told off, nothing else: " + f);
        assertTrue(counters[0].balanced(), counters[0]::toString);
        Statistics.label("outcome").collect(f != null ? f.getClass().getSimpleName()
                : run.result.passed() ? "passed" : "checks failed");
    }

    private static void poke(NicModel m, List<Poke> pokes, int pass) {
        for (Poke p : pokes) {
            if (p.pass() == pass) {
                m.mmioWrite(p.address(), p.value());
            }
        }
    }
}
