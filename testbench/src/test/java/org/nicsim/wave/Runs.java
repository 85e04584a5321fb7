package org.nicsim.wave;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.DoorbellRecord;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.PacketRecord;
import org.nicsim.cosim.RunObserver;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.scenario.WaveSpec;

/** Real-model runs for the waveform tests, keeping every record. */
final class Runs implements RunObserver {
    final List<PacketRecord> packets = new ArrayList<>();
    final List<DoorbellRecord> doorbells = new ArrayList<>();
    WaveRun run;

    @Override
    public void packet(PacketRecord r) {
        packets.add(r);
    }

    @Override
    public void doorbell(DoorbellRecord d) {
        doorbells.add(d);
    }

    /** Runs scenario {@code json} with {@code wave} into {@code dir}. */
    static Runs of(String json, String wave, Path dir) {
        return of(json, wave, dir, null);
    }

    /** As {@link #of(String, String, Path)}, with the model given {@code wrongKey} (scoreboard self-test). */
    static Runs of(String json, String wave, Path dir, byte[] wrongKey) {
        Scenario s = ScenarioLoader.parse(json, List.of());
        Runs r = new Runs();
        r.run = new WaveRunner(WaveSettings.in(dir)).run(setup(s, wrongKey), spec(wave), r);
        return r;
    }

    static WaveSpec spec(String wave) {
        return ScenarioLoader.parse("{\"wave\":\"" + wave + "\"}", List.of()).wave();
    }

    static RunSetup setup(Scenario s, byte[] wrongKey) {
        RunSetup g = RunSetup.generated(s);
        return new RunSetup() {
            @Override
            public Scenario scenario() {
                return s;
            }

            @Override
            public Iterator<InjectedFrame> frames() {
                return g.frames();
            }

            @Override
            public long total() {
                return g.total();
            }

            @Override
            public void prepare(NicModel model, CoSimulation sim) {
                if (wrongKey != null) {
                    sim.overrideModelKey(wrongKey);
                }
            }
        };
    }

    /** A key other than the NIC's (the scenario default), so every hashed frame fails rx.hash. */
    static byte[] wrongKey() {
        byte[] k = new byte[40];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (0x11 * (i + 1));
        }
        return k;
    }
}
