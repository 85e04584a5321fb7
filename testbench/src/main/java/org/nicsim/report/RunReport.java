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
 * @param warnings what makes a passing run weaker than it looks ({@link RunWarnings}), in report order
 * @param strict   {@code --strict}: a warning fails the run
 */
public record RunReport(List<String> command, Scenario scenario, TrafficInput input, Versions versions,
                        CoSimResult result, RunFailure failure, Path outDir, String selfTest, WaveCapture wave,
                        String waveNote, List<String> warnings, boolean strict) {

    /** Status words as report.json writes them. */
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String ERROR = "error";
    /** The run was stopped by SIGINT or SIGTERM before it finished: never a pass. */
    public static final String INTERRUPTED = "interrupted";

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
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings, not strict. */
    public RunReport(List<String> command, Scenario scenario, TrafficInput input, Versions versions,
                     CoSimResult result, RunFailure failure, Path outDir, String selfTest, WaveCapture wave,
                     String waveNote) {
        this(command, scenario, input, versions, result, failure, outDir, selfTest, wave, waveNote, List.of(), false);
    }

    /** A report of a run without waveform. */
    public RunReport(List<String> command, Scenario scenario, TrafficInput input, Versions versions,
                     CoSimResult result, RunFailure failure, Path outDir, String selfTest) {
        this(command, scenario, input, versions, result, failure, outDir, selfTest, null, "");
    }

    /**
     * {@link #PASSED}, {@link #FAILED} (a check failed, or a warning under {@code --strict}),
     * {@link #ERROR} (the simulation failed) or {@link #INTERRUPTED}.
     */
    public String status() {
        if (failure != null) {
            return failure.interrupted() ? INTERRUPTED : ERROR;
        }
        return result.passed() && !(strict && !warnings.isEmpty()) ? PASSED : FAILED;
    }

    /** The command that re-runs this run from its report, absolute and shell-quoted so it pastes anywhere. */
    public String replayCommand() {
        return ShellWords.quote(ShellWords.launcher()) + " replay "
                + ShellWords.quote(outDir.resolve(OutputFiles.REPORT_JSON).toAbsolutePath().normalize().toString());
    }
}
