package org.nicsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.scoreboard.StageFindings;

/**
 * The summary's view of a failed run frame by frame: each diverging frame's first stage, with the
 * check failures it caused grouped under it, and the mismatches no stage explains.
 */
public final class StageSummary {
    private StageSummary() {
    }

    /** Lines of the "first diverging stage" section (empty when no stage diverged). */
    public static List<String> stageLines(Scoreboard sb, int shown) {
        List<String> out = new ArrayList<>();
        StageFindings st = sb.stages();
        if (st.frames() == 0) {
            return out;
        }
        out.add(String.format(Locale.ROOT, "first diverging stage per frame (%d of %d frames; report.json has %d)",
                Math.min(shown, st.first().size()), st.frames(), st.first().size()));
        for (StageFinding f : st.first().subList(0, Math.min(shown, st.first().size()))) {
            out.add("  " + f);
            for (Mismatch m : StageFindings.consequences(f, sb.firstMismatches())) {
                out.add("      then " + m);
            }
        }
        return out;
    }

    /** The kept mismatches that no kept stage finding explains, in the order found. */
    public static List<Mismatch> unexplained(Scoreboard sb) {
        StageFindings st = sb.stages();
        return sb.firstMismatches().stream().filter(m -> {
            StageFinding f = st.of(m.item());
            return f == null || !m.field().equals(f.stage()) && StageFindings.consequences(f, List.of(m)).isEmpty();
        }).toList();
    }
}
