package org.nicsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.run.Fate;
import org.nicsim.scenario.Reconfiguration;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLimits;
import org.nicsim.scoreboard.Check;

/**
 * What makes a finished run weaker evidence than its status says: it compared nothing, most of
 * its frames were dropped, a reconfiguration it asked for never happened, or its capture held
 * frames the NIC cannot take or records cut short. Each becomes a line in report.json's
 * {@code warnings} and in the summary; {@code --strict} turns them into a failure.
 */
public final class RunWarnings {
    private RunWarnings() {
    }

    public static List<String> of(Scenario s, TrafficInput input, CoSimResult res) {
        List<String> w = new ArrayList<>();
        CaptureStats c = input.capture();
        if (c.oversize() > 0) {
            w.add(String.format(Locale.ROOT, "%d capture frames are longer than the NIC's %d-byte limit: the NIC drops them"
                    + " as errors", c.oversize(), ScenarioLimits.MAX_FRAME));
        }
        if (c.truncated() > 0) {
            w.add(String.format(Locale.ROOT, "%d capture records were cut short by the capture's snap length (captured"
                    + " length below the frame's length): they were injected as the shorter frames they hold", c.truncated()));
        }
        if (res == null) {
            return w;
        }
        long compared = 0;
        for (Check k : Check.values()) {
            compared += res.scoreboard().passed(k) + res.scoreboard().failed(k);
        }
        if (compared == 0 || res.injected() + res.txQueued() == 0) {
            w.add("the run checked nothing: no frame was injected or transmitted, so no comparison was made");
        }
        long delivered = res.fate(Fate.DELIVERED);
        if (res.injected() > 0 && delivered * 2 < res.injected() && !s.expectDrops()) {
            w.add(String.format(Locale.ROOT, "most frames were dropped: %d of %d delivered (nobuf %d, error %d, qdrop %d, vnet %d)",
                    delivered, res.injected(), res.fate(Fate.NOBUF), res.fate(Fate.ERROR), res.fate(Fate.QDROP),
                    res.fate(Fate.VNET)));
        }
        for (Reconfiguration r : s.reconfigure()) {
            if (r.atPacket() >= res.injected()) {
                w.add(String.format(Locale.ROOT, "the reconfiguration at packet %d never fired: the run injected %d frames",
                        r.atPacket(), res.injected()));
            }
        }
        return w;
    }
}
