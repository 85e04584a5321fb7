package org.nicsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.nicsim.regress.CaseResult;
import org.nicsim.regress.RegressCase;
import org.nicsim.report.OutputWriteException;
import org.nicsim.report.RunReport;
import org.nicsim.scenario.ScenarioException;

/**
 * Runs regression cases, J at a time, one model per worker thread (the bridge confines a model to
 * the thread that opened it), each a full {@code run} into {@code OUT/cases/<id>/}.
 */
final class RegressRunner {
    private RegressRunner() {
    }

    static List<CaseResult> runAll(List<RegressCase> cases, Path out, List<String> passOn, int jobs,
                                           Terminal terminal) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "nicsim-regress");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (RegressCase c : cases) {
                futures.add(pool.submit(() -> {
                    // after a signal the cases still waiting are recorded, not run: the shard stays whole
                    CaseResult r = Interrupts.requested() ? notRun(c, out, passOn) : runCase(c, out, passOn);
                    synchronized (terminal) {
                        terminal.out().printf(Locale.ROOT, "[%d/%d] %s: %s%s (%.1f s)%n", done.incrementAndGet(),
                                cases.size(), r.id(), r.status(), r.message().isEmpty() ? "" : ": " + firstLine(r.message()),
                                r.wallSeconds());
                        terminal.out().flush();
                    }
                    return r;
                }));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("regress worker failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CaseResult notRun(RegressCase c, Path out, List<String> passOn) {
        return new CaseResult(c.position(), c.id(), c.scenario().toString(), c.seed(), CaseResult.INTERRUPTED,
                "not run: the regression was interrupted", 0, 0, out.resolve("cases").resolve(c.id()).toString(),
                String.join(" ", passOn.subList(1, passOn.size())), ScoreboardSelfTest.replayEnvironment());
    }

    /** One case, on the calling worker thread; never throws. */
    static CaseResult runCase(RegressCase c, Path out, List<String> passOn) {
        long t0 = System.nanoTime();
        Path caseOut = out.resolve("cases").resolve(c.id());
        List<String> args = new ArrayList<>(passOn);
        args.addAll(List.of("--seed", String.valueOf(c.seed())));
        String options = String.join(" ", passOn.subList(1, passOn.size()));   // all but --quiet
        String environment = ScoreboardSelfTest.replayEnvironment();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Terminal quiet = new Terminal(new PrintStream(PrintStream.nullOutputStream()), e, false);
            RunOptions o = RunOptions.parse(args, false);
            List<String> command = RunCommand.commandLine("run", List.of(c.scenario().toString(), "--seed",
                    String.valueOf(c.seed())));
            RunPlan plan = RunPlan.prepare(command, c.scenario().toString(), o, caseOut);
            RunReport report = RunExecutor.execute(plan, quiet, false);
            int status = RunExecutor.exitStatus(report);
            String message = report.failure() != null ? report.failure().kind() + ": " + report.failure().message()
                    : report.result().passed() ? "" : report.result().scoreboard().firstMismatches().isEmpty()
                    ? report.result().scoreboard().totalFailed() + " checks failed"
                    : report.result().scoreboard().firstMismatches().get(0).toString();
            return new CaseResult(c.position(), c.id(), c.scenario().toString(), c.seed(), status, message,
                    report.result() == null ? 0 : report.result().cycles(), seconds(t0), caseOut.toString(), options,
                    environment);
        } catch (OutputWriteException e) {
            return new CaseResult(c.position(), c.id(), c.scenario().toString(), c.seed(), ExitStatus.SIMULATION_FAILED,
                    e.getMessage(), 0, seconds(t0), caseOut.toString(), options, environment);
        } catch (InputException | ScenarioException | UsageException e) {
            return new CaseResult(c.position(), c.id(), c.scenario().toString(), c.seed(), ExitStatus.BAD_INPUT,
                    e.getMessage(), 0, seconds(t0), caseOut.toString(), options, environment);
        } catch (RuntimeException | Error e) {
            return new CaseResult(c.position(), c.id(), c.scenario().toString(), c.seed(), ExitStatus.SIMULATION_FAILED,
                    "internal: " + e, 0, seconds(t0), caseOut.toString(), options, environment);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String l = nl < 0 ? s : s.substring(0, nl);
        return l.length() > 160 ? l.substring(0, 157) + "..." : l;
    }

}
