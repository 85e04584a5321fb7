package org.nicsim.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;

/**
 * Runs with waveforms off load the untraced build of the model; a waveform run (and the re-run
 * that captures a failure) loads the traced one. Both must give the same run, record for record,
 * or a captured waveform would not show the failure it was taken for.
 */
class UntracedModelTest {
    private static final Scenario SCENARIO = ScenarioLoader.load(Path.of("scenarios", "default.json"),
            FieldOverride.parseAll(List.of("traffic.packets=600", "seed=7")));

    @Test
    void aSessionOpensTheUntracedBuildUnlessItMustTrace() {
        RunSession s = RunSession.of(SCENARIO);
        assertEquals(NicModelOptions.UNTRACED, s.modelOptions().variant(), "the jni build makes the untraced library");
        assertEquals("", s.traceable().modelOptions().variant());
    }

    @Test
    void theUntracedAndTracedBuildsRunTheSameCyclesAndRecords() {
        RecordingObserver untraced = new RecordingObserver();
        RecordingObserver traced = new RecordingObserver();
        RunOutcome a = RunSession.of(SCENARIO).run(untraced);
        RunOutcome b = RunSession.of(SCENARIO).traceable().run(traced);

        assertInstanceOf(RunOutcome.Passed.class, a);
        assertInstanceOf(RunOutcome.Passed.class, b);
        assertEquals(b.result().cycles(), a.result().cycles());
        assertEquals(traced.packets(), untraced.packets());
        assertEquals(traced.doorbells(), untraced.doorbells());
        assertEquals(traced.transmitted().size(), untraced.transmitted().size());
        for (int i = 0; i < traced.transmitted().size(); i++) {
            assertArrayEquals(traced.transmitted().get(i), untraced.transmitted().get(i), "transmitted frame " + i);
        }
    }
}
