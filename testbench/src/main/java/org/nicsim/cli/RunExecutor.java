package org.nicsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nicsim.bridge.TraceWriteException;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.coverage.RtlCoverage;
import org.nicsim.report.AtomicFiles;
import org.nicsim.report.HtmlReport;
import org.nicsim.report.JunitXml;
import org.nicsim.report.OutputFiles;
import org.nicsim.report.OutputLock;
import org.nicsim.report.OutputRun;
import org.nicsim.report.OutputWriteException;
import org.nicsim.report.ReportJson;
import org.nicsim.report.RunFailure;
import org.nicsim.report.RunRecorder;
import org.nicsim.report.RunReport;
import org.nicsim.report.RunWarnings;
import org.nicsim.report.TrafficInput;
import org.nicsim.report.Versions;
import org.nicsim.run.ForwardingRunObserver;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveMode;
import org.nicsim.session.FailureKind;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;
import org.nicsim.wave.WaveSettings;

/**
 * Executes a {@link RunPlan}: takes the output folder ({@link OutputRun}: locked, emptied of an
 * earlier run, marked running), opens the Verilator NIC, runs the co-simulation while the
 * per-frame files stream to disk, then writes summary.txt, report.html, junit.xml and last
 * report.json, each whole or not at all. A simulation failure (exit 3) or an interrupt still
 * leaves a report saying what happened, so CI shows it and the run can be replayed; an output
 * that cannot be written ends the command with exit 3 naming the file.
 */
final class RunExecutor {
    private RunExecutor() {
    }

    /**
     * Runs the plan.
     *
     * @param progress draw a progress bar on {@code terminal.out()} for long runs
     * @throws InputException       when another run holds the output folder
     * @throws OutputWriteException when an output cannot be written (exit 3)
     */
    static RunReport execute(RunPlan plan, Terminal terminal, boolean progress) {
        return execute(plan, terminal, progress, false);
    }

    /**
     * As {@link #execute(RunPlan, Terminal, boolean)}; with {@code announce}, prints "seed: N" once
     * the folder is taken and the simulation is about to start.
     */
    static RunReport execute(RunPlan plan, Terminal terminal, boolean progress, boolean announce) {
        try (Interrupts.Watch w = Interrupts.watch();
             OutputRun folder = claim(plan.outDir(), plan.command())) {
            if (announce) {
                terminal.out().println("seed: " + plan.scenario().seed());
                terminal.out().flush();
            }
            CoverageRun coverage = plan.coverage() ? new CoverageRun(plan.scenario(), plan.outDir()) : null;
            RunReport report = simulate(plan, terminal, progress, coverage);
            HtmlReport.write(report);
            writeCoverage(plan, report, coverage, terminal);
            AtomicFiles.writeString(plan.outDir().resolve(OutputFiles.SUMMARY), summary(plan, report));
            JunitXml.write(report);
            ReportJson.write(report);   // last: a report.json means every other report is there
            folder.finished();
            return report;
        } catch (IOException e) {
            throw new OutputWriteException(plan.outDir(), e);   // the writers name their files; a fallback
        }
    }

    /**
     * coverage.json and its report.html section, and the RTL coverage report, of a run that
     * finished: a failed or interrupted run's counts are partial and are not written.
     */
    private static void writeCoverage(RunPlan plan, RunReport report, CoverageRun coverage, Terminal terminal)
            throws IOException {
        boolean finished = report.result() != null;
        if (coverage != null) {
            coverage.write(finished);
        }
        if (plan.rtlCoverage() && finished) {
            try {
                RtlCoverage.report(plan.outDir(), RtlCoverage.waivers(), terminal.err());
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());   // the waiver file names itself and the line
            }
        }
    }

    /** summary.txt: the run's summary, and the coverage lines when coverage was measured. */
    static String summary(RunPlan plan, RunReport report) {
        return SummaryText.render(report) + (plan.coverage() ? CoverageRun.summaryLines(plan.outDir()) : "")
                + (plan.rtlCoverage() ? RtlCoverage.summaryLine(plan.outDir()) : "");
    }

    /**
     * Takes {@code dir} for one command and removes what any earlier command left there
     * ({@link EarlierOutputs}); another run holding it is exit 2, naming the holder.
     */
    static OutputRun claim(Path dir, List<String> command) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                // a wrong path, found before anything starts: bad input, not an I/O failure
                throw new InputException("--out " + dir + ": cannot create the output directory: " + p + " is a file");
            }
        }
        try {
            return OutputRun.start(dir, command, EarlierOutputs.FILES, EarlierOutputs.folders(dir));
        } catch (OutputLock.FolderInUseException e) {
            throw new InputException("--out " + e.getMessage());
        }
    }

    private static RunReport simulate(RunPlan plan, Terminal terminal, boolean progress, CoverageRun coverage) {
        Scenario s = plan.scenario();
        ProgressBar bar = progress ? new ProgressBar(terminal.out()) : null;
        CoSimResult result = null;
        RunFailure failure = null;
        RunRecorder recorder;
        InjectedCount injected = new InjectedCount();
        try {
            recorder = RunRecorder.open(plan.outDir());
        } catch (IOException e) {
            throw new OutputWriteException(plan.outDir(), e);
        }
        WaveRun waveRun = null;
        try {
            // the scenario's wave setting decides tracing; on-failure re-runs this same session
            RunSession session = session(plan);
            RunObserver observer = coverage == null ? observer(recorder, bar, injected)
                    : coverage.observe(observer(recorder, bar, injected));
            WaveRecorder waves = new WaveRecorder(WaveSettings.in(plan.outDir()));
            waveRun = s.wave().mode() == WaveMode.OFF ? waves.afterUntraced(session, session.run(observer))
                    : waves.run(session, s.wave(), observer);
            if (waveRun.outcome() instanceof RunOutcome.SimulationError e) {
                failure = new RunFailure(e.kind(), e.message(), e.cycle());
            } else {
                result = waveRun.outcome().result();
            }
        } catch (InputException e) {
            throw e;
        } catch (Interrupts.RunInterruptedException e) {
            failure = new RunFailure(FailureKind.INTERRUPTED, e.getMessage(), e.cycle());
            discardWave(plan.outDir());
        } catch (TraceWriteException e) {
            failure = new RunFailure(FailureKind.OUTPUT, e.getMessage() + " (removed)", -1);
            discardWave(plan.outDir());   // readers hang on a truncated FST
        } catch (OutputWriteException e) {
            failure = new RunFailure(FailureKind.OUTPUT, e.getMessage(), -1);
        } catch (UncheckedIOException e) {
            failure = new RunFailure(FailureKind.OUTPUT, "writing the run's files: "
                    + OutputWriteException.reason(e.getCause()), -1);
        } catch (IllegalStateException | LinkageError e) {
            // the native library is missing or broken, or the model died under us
            failure = new RunFailure(FailureKind.NATIVE, e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        } catch (RuntimeException e) {
            terminal.err().println("nicsim: internal error during the simulation:");
            e.printStackTrace(terminal.err());
            failure = new RunFailure(FailureKind.INTERNAL, e.getClass().getName() + ": " + e.getMessage(), -1);
        } finally {
            if (bar != null) {
                bar.finish();
            }
            try {
                recorder.close();
            } catch (OutputWriteException e) {
                if (failure == null || failure.interrupted()) {
                    failure = new RunFailure(FailureKind.OUTPUT, e.getMessage(), -1);
                    result = null;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);   // RunRecorder names its file: never reached
            }
        }
        if (failure != null) {
            result = null;
            waveRun = failure.interrupted() || failure.kind().equals("output") ? null : waveRun;
        }
        // a run that stopped early (interrupted, a simulation error) injected only part of its traffic
        TrafficInput input = result != null ? plan.traffic().describe()
                : plan.traffic().describe().withFrames(injected.frames);
        return new RunReport(plan.command(), s, input, Versions.detect(), result, failure,
                plan.outDir(), plan.selfTest() == null ? null : plan.selfTest().description(),
                waveRun == null ? null : waveRun.wave(), waveRun == null ? "" : waveRun.note(),
                RunWarnings.of(s, plan.traffic().describe(), result), plan.strict());
    }

    /** An interrupted run's waveform ends at an arbitrary cycle, a failed one is unreadable: remove it. */
    private static void discardWave(Path dir) {
        for (String f : List.of(OutputFiles.WAVE_FST, OutputFiles.WAVE_GTKW, OutputFiles.WAVE_HIER)) {
            try {
                Files.deleteIfExists(dir.resolve(f));
            } catch (IOException e) {
                throw new OutputWriteException(dir.resolve(f), e);
            }
        }
    }

    /** The exit status a finished run stands for. */
    static int exitStatus(RunReport r) {
        return switch (r.status()) {
            case RunReport.PASSED -> ExitStatus.PASSED;
            case RunReport.FAILED -> ExitStatus.CHECK_FAILED;
            case RunReport.INTERRUPTED -> Interrupts.STATUS;
            default -> ExitStatus.SIMULATION_FAILED;
        };
    }

    /** The plan as a repeatable run: a failure capture runs it a second time from the first frame. */
    private static RunSession session(RunPlan plan) {
        RunSession session = RunSession.of(plan.scenario()).withFrames(plan.traffic()::open, plan.traffic().total())
                .prepare((model, sim) -> sim.setStallCycles(plan.scenario().stallCycles()));
        if (plan.rtlCoverage()) {
            session = session.withModel(b -> b.variant("coverage"))
                    .afterRun(model -> model.probes().writeCoverage(plan.outDir().resolve(RtlCoverage.DAT)));
        }
        return plan.selfTest() == null ? session : session.prepare((model, sim) -> plan.selfTest().apply(sim));
    }

    /** Frames injected so far; a failure capture's second pass injects the same frames again. */
    private static final class InjectedCount {
        long frames;
    }

    /** The recorder, the progress bar, the injected count, and the interrupt poll once per service interval. */
    private static RunObserver observer(RunRecorder recorder, ProgressBar bar, InjectedCount injected) {
        return new ForwardingRunObserver(recorder) {
            @Override
            public void injected(long index, long cycle) {
                injected.frames = Math.max(injected.frames, index + 1);
                super.injected(index, cycle);
            }

            @Override
            public void progress(long done, long total, long cycle) {
                Interrupts.check(cycle);
                if (bar != null) {
                    bar.progress(done, total, cycle);
                }
            }
        };
    }
}
