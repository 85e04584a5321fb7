package org.nicsim.wave;

import java.nio.file.Path;
import java.util.List;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.session.RecordingObserver;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;

/** Real-model runs for the waveform tests, keeping every record. */
final class Runs extends RecordingObserver {
    WaveRun run;

    /** Runs scenario {@code json} with {@code wave} into {@code dir}. */
    static Runs of(String json, String wave, Path dir) {
        return of(json, wave, dir, null);
    }

    /** As {@link #of(String, String, Path)}, with the model given {@code wrongKey} (scoreboard self-test). */
    static Runs of(String json, String wave, Path dir, byte[] wrongKey) {
        Scenario s = ScenarioLoader.parse(json, List.of());
        Runs r = new Runs();
        r.run = new WaveRecorder(WaveSettings.in(dir)).run(session(s, wrongKey), spec(wave), r);
        return r;
    }

    static WaveSpec spec(String wave) {
        return ScenarioLoader.parse("{\"wave\":\"" + wave + "\"}", List.of()).wave();
    }

    static RunSession session(Scenario s, byte[] wrongKey) {
        RunSession session = RunSession.of(s);
        return wrongKey == null ? session : session.prepare((model, sim) -> sim.overrideModelKey(wrongKey));
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
