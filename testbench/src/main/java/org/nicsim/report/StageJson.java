package org.nicsim.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.scoreboard.StageFindings;

/** report.json's {@code stages}: each kept frame's first diverging stage and the checks it failed. */
public final class StageJson {
    private StageJson() {
    }

    public static JsonObject findings(Scoreboard sb) {
        JsonObject o = new JsonObject();
        o.addProperty("frames", sb.stages().frames());
        JsonArray a = new JsonArray();
        for (StageFinding f : sb.stages().first()) {
            JsonObject e = new JsonObject();
            e.addProperty("stage", f.stage());
            e.addProperty("frame", f.frame());
            e.addProperty("cycle", f.cycle());
            e.addProperty("hardware", f.hardware());
            e.addProperty("model", f.model());
            e.addProperty("detail", f.detail());
            e.addProperty("message", f.toString());
            JsonArray then = new JsonArray();
            for (Mismatch m : StageFindings.consequences(f, sb.firstMismatches())) {
                then.add(m.toString());
            }
            e.add("consequences", then);
            a.add(e);
        }
        o.add("first", a);
        return o;
    }
}
