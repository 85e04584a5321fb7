package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.nicsim.model.rss.FrameClassifier;
import org.nicsim.model.rss.Toeplitz;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.run.Fate;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;

/** The scoreboard can fail, and says precisely where. */
class WrongModelCoSimTest {

    @Test
    void aModelWithAnotherKeyFailsOnTheFirstHashedFrameWithBothHashes() {
        byte[] wrongKey = new byte[40];
        for (int i = 0; i < 40; i++) {
            wrongKey[i] = (byte) (0x11 * (i + 1));
        }
        CoSimRun run = CoSimRun.of("{\"seed\":2,\"app\":\"sink\",\"traffic\":{\"packets\":200,\"flows\":8,"
                + "\"mix\":{\"udp4\":1.0}}}", sim -> sim.overrideModelKey(wrongKey));
        assertFalse(run.result.passed());
        Mismatch first = run.result.scoreboard().firstMismatches().get(0);
        assertEquals(Check.RX_HASH, first.check());
        assertEquals(0, first.item(), "frame 0 is the first hashed frame (all UDP/IPv4)");
        byte[] frame0 = ScenarioTraffic.frames(run.scenario).next().bytes();
        byte[] tuple = FrameClassifier.classify(frame0).l4Tuple();
        assertEquals(String.format("0x%08x", Toeplitz.hash(ToeplitzKey.DEFAULT, tuple)), first.hardware());
        assertEquals(String.format("0x%08x", Toeplitz.hash(ToeplitzKey.of(wrongKey), tuple)), first.model());
        assertEquals(run.result.fate(Fate.DELIVERED), run.result.scoreboard().failed(Check.RX_HASH),
                "every delivered frame is hashed, so every one mismatches");
    }
}
