package org.nicsim.report;

import java.nio.file.Path;
import java.util.List;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.scenario.Scenario;
import org.nicsim.scoreboard.Scoreboard;

/** Hand-made run reports for the writer tests: no simulation needed. */
final class Reports {
    static final Versions VERSIONS = new Versions("9.9.9", "Verilator 0.0", "17");

    private Reports() {
    }

    /** A 2-queue, 2-CPU result of 10 frames with the given scoreboard. */
    static CoSimResult result(Scoreboard sb) {
        return new CoSimResult(10, new long[] {7, 1, 1, 1}, new long[] {4, 4}, new long[] {1, 0}, new long[] {4, 4},
                new long[] {3, 4}, 2, 7, 6, 1, 5, 5, new long[] {5, 0}, 30, 0, 1234, 0.5, sb, List.of());
    }

    static RunReport report(CoSimResult result) {
        Scenario s = Scenario.defaults();
        return new RunReport(List.of("run", "--packets", "10"), s, TrafficInput.generator(10), VERSIONS, result, null,
                Path.of("out", "dir"), null);
    }

    static RunReport failed(RunFailure failure) {
        return new RunReport(List.of("run"), Scenario.defaults(), TrafficInput.generator(10), VERSIONS, null, failure,
                Path.of("out"), null);
    }
}
