package org.nicsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.ForwardingRunObserver;
import org.nicsim.cosim.RunObserver;
import org.nicsim.report.HtmlReport;
import org.nicsim.report.JunitXml;
import org.nicsim.report.OutputFiles;
import org.nicsim.report.ReportJson;
import org.nicsim.report.RunFailure;
import org.nicsim.report.RunRecorder;
import org.nicsim.report.RunReport;
import org.nicsim.report.Versions;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveMode;
import org.nicsim.session.FailureKind;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;
import org.nicsim.wave.WaveSettings;

/**
 * Executes a {@link RunPlan}: opens the Verilator NIC, runs the co-simulation while the per-frame
 * files stream to disk, then writes report.json, junit.xml, report.html and summary.txt. A
 * simulation failure (exit 3) still leaves a report saying what failed, so CI shows it and the
 * run can be replayed.
 */
final class RunExecutor {
    private RunExecutor() {
    }

    /**
     * Runs the plan.
     *
     * @param progress draw a progress bar on {@code terminal.out()} for long runs
     * @throws InputException when the output directory cannot be made
     */
    static RunReport execute(RunPlan plan, Terminal terminal, boolean progress) {
        try {
            OutputFiles.prepare(plan.outDir());
        } catch (IOException e) {
            throw new InputException("--out " + plan.outDir() + ": cannot create the output directory: " + describe(e));
        }
        Scenario s = plan.scenario();
        ProgressBar bar = progress ? new ProgressBar(terminal.out()) : null;
        CoSimResult result = null;
        RunFailure failure = null;
        RunRecorder recorder;
        try {
            recorder = RunRecorder.open(plan.outDir());
        } catch (IOException e) {
            throw new InputException("--out " + plan.outDir() + ": cannot write: " + describe(e));
        }
        WaveRun waveRun = null;
        try {
            // the scenario's wave setting decides tracing; on-failure re-runs this same session
            RunSession session = session(plan);
            RunObserver observer = observer(recorder, bar);
            WaveRecorder waves = new WaveRecorder(WaveSettings.in(plan.outDir()));
            waveRun = s.wave().mode() == WaveMode.OFF ? waves.afterUntraced(session, session.run(observer))
                    : waves.run(session, s.wave(), observer);
            if (waveRun.outcome() instanceof RunOutcome.SimulationError e) {
                failure = new RunFailure(e.kind().id(), e.message(), e.cycle());
            } else {
                result = waveRun.outcome().result();
            }
        } catch (InputException e) {
            throw e;
        } catch (UncheckedIOException e) {
            failure = new RunFailure(FailureKind.OUTPUT.id(), "writing the run's files: " + describe(e.getCause()), -1);
        } catch (IllegalStateException | LinkageError e) {
            // the native library is missing or broken, or the model died under us
            failure = new RunFailure(FailureKind.NATIVE.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        } catch (RuntimeException e) {
            terminal.err().println("nicsim: internal error during the simulation:");
            e.printStackTrace(terminal.err());
            failure = new RunFailure(FailureKind.INTERNAL.id(), e.getClass().getName() + ": " + e.getMessage(), -1);
        } finally {
            if (bar != null) {
                bar.finish();
            }
            try {
                recorder.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = new RunFailure(FailureKind.OUTPUT.id(), "writing the run's files: " + describe(e), -1);
                    result = null;
                }
            }
        }
        RunReport report = new RunReport(plan.command(), s, plan.traffic().describe(), Versions.detect(), result, failure,
                plan.outDir(), plan.selfTest() == null ? null : plan.selfTest().description(),
                waveRun == null ? null : waveRun.wave(), waveRun == null ? "" : waveRun.note());
        try {
            ReportJson.write(report);
            JunitXml.write(report);
            HtmlReport.write(report);
            Files.writeString(plan.outDir().resolve(OutputFiles.SUMMARY), SummaryText.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("--out " + plan.outDir() + ": cannot write the reports: " + describe(e));
        }
        return report;
    }

    /** The exit status a finished run stands for. */
    static int exitStatus(RunReport r) {
        return switch (r.status()) {
            case RunReport.PASSED -> ExitStatus.PASSED;
            case RunReport.FAILED -> ExitStatus.CHECK_FAILED;
            default -> ExitStatus.SIMULATION_FAILED;
        };
    }

    /** The plan as a repeatable run: a failure capture runs it a second time from the first frame. */
    private static RunSession session(RunPlan plan) {
        RunSession session = RunSession.of(plan.scenario()).withFrames(plan.traffic()::open, plan.traffic().total());
        return plan.selfTest() == null ? session : session.prepare((model, sim) -> plan.selfTest().apply(sim));
    }

    private static RunObserver observer(RunRecorder recorder, ProgressBar bar) {
        if (bar == null) {
            return recorder;
        }
        return new ForwardingRunObserver(recorder) {
            @Override
            public void progress(long done, long total, long cycle) {
                bar.progress(done, total, cycle);
            }
        };
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + m
                : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way: " + m
                : m == null ? e.getClass().getSimpleName() : m;
    }
}
