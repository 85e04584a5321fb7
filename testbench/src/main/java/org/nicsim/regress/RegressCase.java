package org.nicsim.regress;

import java.nio.file.Path;

/**
 * One run of a nightly regression: a scenario file with one seed.
 *
 * @param position place in the full ordered list of the regression (0-based), across shards
 * @param scenario the scenario file
 * @param seed     the seed it runs with
 */
public record RegressCase(int position, Path scenario, long seed) {
    /** {@code <file name without .json>-<seed>}: unique within a regression, names the output folder. */
    public String id() {
        return stem() + "-" + seed;
    }

    /** The scenario file's name without {@code .json}. */
    public String stem() {
        String n = scenario.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
