package org.nicsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.coverage.RtlCoverage;
import org.nicsim.bridge.SimulationFatalException;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.ForwardingRunObserver;
import org.nicsim.cosim.RunObserver;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.DriverException;
import org.nicsim.report.HtmlReport;
import org.nicsim.report.JunitXml;
import org.nicsim.report.OutputFiles;
import org.nicsim.report.ReportJson;
import org.nicsim.report.RunFailure;
import org.nicsim.report.RunRecorder;
import org.nicsim.report.RunReport;
import org.nicsim.report.Versions;
import org.nicsim.scenario.Scenario;
import org.nicsim.wave.RunSetup;
import org.nicsim.wave.WaveRun;
import org.nicsim.wave.WaveRunner;
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
        CoverageRun coverage = plan.coverage() ? new CoverageRun(s, plan.outDir()) : null;
        try {
            // the scenario's wave setting decides tracing; on-failure re-runs this same setup (issue 8)
            waveRun = new WaveRunner(WaveSettings.in(plan.outDir())).run(setup(plan), s.wave(),
                    coverage == null ? observer(recorder, bar) : coverage.observe(observer(recorder, bar)));
            result = waveRun.resultOrThrow();
        } catch (InputException e) {
            throw e;
        } catch (SimulationStallException e) {
            failure = new RunFailure("stall", e.getMessage(), e.cycle());
        } catch (SimulationFatalException e) {
            failure = new RunFailure("rtl-fatal", e.getMessage(), -1);
        } catch (SimulationTimeoutException e) {
            failure = new RunFailure("timeout", e.getMessage(), -1);
        } catch (DriverException e) {
            failure = new RunFailure("driver", e.getMessage(), -1);
        } catch (UncheckedIOException e) {
            failure = new RunFailure("output", "writing the run's files: " + describe(e.getCause()), -1);
        } catch (IllegalStateException | LinkageError e) {
            // the native library is missing or broken, or the model died under us
            failure = new RunFailure("native", e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        } catch (RuntimeException e) {
            terminal.err().println("nicsim: internal error during the simulation:");
            e.printStackTrace(terminal.err());
            failure = new RunFailure("internal", e.getClass().getName() + ": " + e.getMessage(), -1);
        } finally {
            if (bar != null) {
                bar.finish();
            }
            try {
                recorder.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = new RunFailure("output", "writing the run's files: " + describe(e), -1);
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
            if (coverage != null) {
                coverage.write(result != null);
            }
            if (plan.rtlCoverage() && result != null) {
                try {
                    RtlCoverage.report(plan.outDir(), RtlCoverage.waivers(), terminal.err());
                } catch (IllegalArgumentException e) {
                    throw new InputException(e.getMessage());   // the waiver file names itself and the line
                }
            }
            Files.writeString(plan.outDir().resolve(OutputFiles.SUMMARY), summary(plan, report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("--out " + plan.outDir() + ": cannot write the reports: " + describe(e));
        }
        return report;
    }

    /** summary.txt: the run's summary, and the coverage lines when coverage was measured. */
    static String summary(RunPlan plan, RunReport report) {
        return SummaryText.render(report) + (plan.coverage() ? CoverageRun.summaryLines(plan.outDir()) : "")
                + (plan.rtlCoverage() ? RtlCoverage.summaryLine(plan.outDir()) : "");
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
    private static RunSetup setup(RunPlan plan) {
        return new RunSetup() {
            @Override
            public Scenario scenario() {
                return plan.scenario();
            }

            @Override
            public Iterator<InjectedFrame> frames() {
                return plan.traffic().open();
            }

            @Override
            public long total() {
                return plan.traffic().total();
            }

            @Override
            public NicModelOptions modelOptions() {
                NicModelOptions o = RunSetup.super.modelOptions();
                return plan.rtlCoverage() ? o.toBuilder().variant("coverage").build() : o;
            }

            @Override
            public void finished(NicModel model) {
                if (plan.rtlCoverage()) {
                    model.writeCoverage(plan.outDir().resolve(RtlCoverage.DAT));
                }
            }

            @Override
            public void prepare(NicModel model, CoSimulation sim) {
                if (plan.selfTest() != null) {
                    plan.selfTest().apply(sim);
                }
            }
        };
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
