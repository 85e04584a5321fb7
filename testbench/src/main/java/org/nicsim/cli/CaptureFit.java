package org.nicsim.cli;

import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.nicsim.report.CaptureStats;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioJson;
import org.nicsim.scenario.ScenarioLimits;
import org.nicsim.scenario.ScenarioLoader;

/**
 * The scenario of a run that injects a capture, made to tell the truth about it: its
 * {@code traffic.packets} is the number of frames injected, and its {@code traffic.sizes.max}
 * (which sizes the RX buffers) covers the capture's longest frame up to the NIC's limit, so
 * jumbo frames are received rather than dropped for a buffer sized for the generator's traffic.
 * report.json records this scenario, so a replay sizes the buffers the same way.
 */
final class CaptureFit {
    private CaptureFit() {
    }

    static Scenario fit(Scenario s, long frames, CaptureStats stats) {
        List<FieldOverride> fit = new ArrayList<>();
        if (s.traffic().packets() != frames) {
            fit.add(new FieldOverride("traffic.packets", new JsonPrimitive(frames), "--pcap (frames in the capture)"));
        }
        int largest = Math.min(stats.largestFrame(), ScenarioLimits.MAX_FRAME);
        if (largest > s.traffic().maxSize()) {
            fit.add(new FieldOverride("traffic.sizes.max", new JsonPrimitive(largest), "--pcap (largest frame)"));
        }
        return fit.isEmpty() ? s : ScenarioLoader.fromTree(ScenarioJson.toTree(s), fit);
    }
}
