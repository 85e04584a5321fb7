package org.nicsim.cli;

import com.google.gson.JsonPrimitive;
import java.util.List;
import org.nicsim.cosim.StallWatchdog;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioDefaults;
import org.nicsim.scenario.ScenarioJson;
import org.nicsim.scenario.ScenarioLimits;
import org.nicsim.scenario.ScenarioLoader;

/**
 * The stall watchdog's budget is the scenario field {@code stallCycles} ({@code --stall-cycles N});
 * the older {@code -Dnicsim.stallCycles=N} still sets it for a run that names none, checked here
 * so a bad value is a usage error (exit 2) rather than a failure inside the simulation.
 */
final class StallBudget {
    private StallBudget() {
    }

    static Scenario applyLegacyProperty(Scenario s, RunOptions o) {
        String v = System.getProperty(StallWatchdog.STALL_CYCLES_PROPERTY);
        if (v == null || v.isBlank()) {
            return s;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("-D" + StallWatchdog.STALL_CYCLES_PROPERTY + ": expected an integer number of cycles, got '"
                    + v + "' (prefer --stall-cycles N)");
        }
        if (n < ScenarioLimits.MIN_STALL_CYCLES) {
            throw new UsageException("-D" + StallWatchdog.STALL_CYCLES_PROPERTY + ": must be at least "
                    + ScenarioLimits.MIN_STALL_CYCLES + " cycles, got " + n + " (prefer --stall-cycles N)");
        }
        boolean named = o.overrides().stream().anyMatch(f -> f.path().equals("stallCycles"));
        if (named || s.stallCycles() != ScenarioDefaults.STALL_CYCLES) {
            return s;
        }
        return ScenarioLoader.fromTree(ScenarioJson.toTree(s), List.of(new FieldOverride("stallCycles",
                new JsonPrimitive(n), "-D" + StallWatchdog.STALL_CYCLES_PROPERTY)));
    }
}
