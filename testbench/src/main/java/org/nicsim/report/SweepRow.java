package org.nicsim.report;

import java.util.Objects;

/**
 * One run of a sweep: the parameter value and that run's report.
 *
 * @param value  the swept parameter's value as written on the command line
 * @param report the run's report (its output folder is {@code report.outDir()})
 */
public record SweepRow(String value, RunReport report) {
    public SweepRow {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(report, "report");
    }
}
