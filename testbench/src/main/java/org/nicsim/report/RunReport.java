package org.nicsim.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.scenario.Scenario;
import org.nicsim.wave.WaveCapture;

/**
 * Everything the report writers need about one run. Exactly one of {@code result} (the run
 * finished; its checks passed or failed) and {@code failure} (the simulation itself failed) is set.
 *
 * @param command  the command line as the user typed it, after {@code nicsim}
 * @param scenario the scenario as run, every default filled in
 * @param input    where the receive traffic came from
 * @param versions tool versions
 * @param result   the finished run, or null
 * @param failure  why the run did not finish, or null
 * @param outDir   the output directory
 * @param selfTest description of a scoreboard self-test hook that was active, or null
 * @param wave     the waveform the run left (wave.fst, wave.gtkw), or null
 * @param waveNote why no waveform was written although one was asked for, or ""
 */
public record RunReport(List<String> command, Scenario scenario, TrafficInput input, Versions versions,
                        CoSimResult result, RunFailure failure, Path outDir, String selfTest, WaveCapture wave,
                        String waveNote) {

    /** Status words as report.json writes them. */
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String ERROR = "error";

    public RunReport {
        command = List.copyOf(command);
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(outDir, "outDir");
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of result and failure must be set");
        }
        waveNote = waveNote == null ? "" : waveNote;
    }

    /** A report of a run without waveform. */
    public RunReport(List<String> command, Scenario scenario, TrafficInput input, Versions versions,
                     CoSimResult result, RunFailure failure, Path outDir, String selfTest) {
        this(command, scenario, input, versions, result, failure, outDir, selfTest, null, "");
    }

    /** {@link #PASSED}, {@link #FAILED} (a check failed) or {@link #ERROR} (the simulation failed). */
    public String status() {
        if (failure != null) {
            return ERROR;
        }
        return result.passed() ? PASSED : FAILED;
    }

    /** The command that re-runs this run from its report. */
    public String replayCommand() {
        return "./nicsim replay " + outDir.resolve(OutputFiles.REPORT_JSON);
    }
}
