package org.nicsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.coverage.RtlCoverage;
import org.nicsim.regress.CaseResult;
import org.nicsim.regress.RegressCase;
import org.nicsim.regress.RegressPlan;
import org.nicsim.regress.RegressSummary;
import org.nicsim.regress.RegressionId;
import org.nicsim.regress.Shard;
import org.nicsim.report.OutputRun;
import org.nicsim.report.Versions;

/**
 * {@code nicsim regress}: every scenario of a folder over N seeds, in parallel, one model per
 * worker thread (the bridge confines a model to the thread that opened it), each case a full
 * {@code run} with its own output folder; then one {@code junit.xml} and one {@code summary.json}
 * for the whole (or for this shard, to be combined by {@code nicsim merge}).
 */
final class RegressCommand implements Command {
    @Override
    public String name() {
        return "regress";
    }

    @Override
    public String synopsis() {
        return "regress [options]   every scenario over N seeds, in parallel; junit.xml + summary.json";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim regress [--seeds N] [--scenarios DIR] [--shard i/n] [--out DIR] [--jobs J]
                       ./nicsim regress --until-covered [--budget N] [--seed S] [options]

                Runs every *.json scenario directly in DIR (sub-folders are skipped) with seeds
                first-seed .. first-seed+N-1, J runs at a time, each with its own model. Cases are
                ordered by file name then seed; case k belongs to shard k % n + 1, so a CI matrix of n
                jobs (--shard 1/n .. n/n) covers every case exactly once; ./nicsim merge combines them.

                options:
                  --seeds N          seeds per scenario (default 3)
                  --first-seed S     first seed (default 1)
                  --scenarios DIR    scenario folder (default testbench/scenarios of the repository)
                  --shard i/n        run only shard i of n (1-based; default 1/1)
                  --out DIR          output folder (default target/nicsim/regress): junit.xml,
                                     summary.json, cases/<scenario>-<seed>/ with each run's outputs
                  --jobs J           runs in parallel (default: the number of cores)
                  --packets N        frames per run (--set traffic.packets=N), to bound the time
                  --set PATH=VALUE   override a field of every scenario (repeatable)
                  --coverage         measure functional coverage in every case; OUT/coverage.json and
                                     OUT/coverage.html merge them, with the case that hit each bin first
                  --rtl-coverage     run the coverage build of the model; OUT/coverage.dat merges the
                                     cases' (verilator_coverage), with coverage.info and rtl-coverage/
                  --coverage-baseline FILE
                                     with --coverage: exit 1 if functional coverage is below the
                                     percentage in FILE ({"functional": P}) or a case has none
                  --closure DIR      also run the closure cases in DIR (as --until-covered writes them):
                                     each scenario once, with the seed written in it, after the others
                  --until-covered    then generate constrained-random cases aimed at the functional bins
                                     still unhit (implies --coverage; J at a time) until every counted
                                     bin is hit or the budget is spent; write the fewest generated
                                     cases that keep that coverage (greedy set cover) to OUT/closure/,
                                     every generated scenario to OUT/generated/, and OUT/closure.json
                  --budget N         with --until-covered: generated cases at most (default 40)
                  --seed S           with --until-covered: seed of the generator (default 1); the same
                                     seed and the same regression generate the same cases
                  --stall-cycles N   stall watchdog budget of every case (--set stallCycles=N)
                  --strict           a case with a warning fails (see ./nicsim run --help)

                exit status: 0 every case passed, 1 a check failed (with --until-covered: also when the
                             budget was spent with bins unhit), 2 bad usage or a bad scenario,
                             3 a simulation failed (RTL fatal, stall, native error)
                The folder is locked while the regression runs (a second one into it exits 2 naming
                the holder); summary.json records a regression id that ./nicsim merge compares.
                A signal (SIGINT/SIGTERM) stops the cases, records them as interrupted and exits 130/143.
                """;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        int seeds = 3;
        long firstSeed = 1;
        Path dir = null;
        Shard shard = Shard.ALL;
        Path out = Path.of("target", "nicsim", "regress");
        int jobs = Runtime.getRuntime().availableProcessors();
        List<String> passOn = new ArrayList<>(List.of("--quiet"));
        boolean coverage = false;
        boolean rtlCoverage = false;
        Path coverageBaseline = null;
        Path closureDir = null;
        boolean untilCovered = false;
        Integer budget = null;
        Long closureSeed = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--coverage") || a.equals("--rtl-coverage")) {
                coverage |= a.equals("--coverage");
                rtlCoverage |= a.equals("--rtl-coverage");
                passOn.add(a);
                continue;
            }
            if (!a.startsWith("--")) {
                throw new UsageException("unexpected argument " + RunOptions.quote(a) + " (scenarios come from --scenarios DIR)");
            }
            if (a.equals("--until-covered")) {
                untilCovered = true;
                continue;
            }
            if (a.equals("--strict")) {
                passOn.add(a);
                continue;
            }
            String name = a;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0 && !a.startsWith("--set")) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (a.startsWith("--set=")) {
                name = "--set";
                value = a.substring(6);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException(VALUED.contains(name) ? name + ": missing value"
                            : "unknown option " + RunOptions.quote(name));
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--seeds" -> seeds = (int) number(name, value, 1, 1_000_000);
                case "--first-seed" -> firstSeed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--scenarios" -> dir = Path.of(value);
                case "--shard" -> shard = shard(value);
                case "--out" -> out = Path.of(value);
                case "--jobs" -> jobs = (int) number(name, value, 1, 256);
                case "--coverage-baseline" -> coverageBaseline = Path.of(value);
                case "--closure" -> closureDir = Path.of(value);
                case "--budget" -> budget = (int) number(name, value, 1, 100_000);
                case "--seed" -> closureSeed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--packets", "--set", "--stall-cycles" -> {
                    passOn.add(name);
                    passOn.add(value);
                }
                default -> throw new UsageException("unknown option " + RunOptions.quote(name));
            }
        }
        if (!untilCovered && (budget != null || closureSeed != null)) {
            throw new UsageException((budget != null ? "--budget" : "--seed") + " belongs to --until-covered");
        }
        if (untilCovered && !shard.equals(Shard.ALL)) {
            throw new UsageException("--until-covered runs the whole regression: it cannot be cut into shards");
        }
        if (untilCovered && !coverage) {
            coverage = true;
            passOn.add("--coverage");
        }
        RunOptions.parse(passOn, false);   // a bad --set or --packets is a usage error before any run
        Double baseline = CoverageRun.baseline(coverageBaseline);
        if (dir == null) {
            dir = defaultScenarios();
        }
        List<RegressCase> cases;
        List<Path> closureFiles = List.of();
        try {
            cases = new ArrayList<>(RegressPlan.cases(dir, seeds, firstSeed, shard));
            if (closureDir != null) {
                closureFiles = RegressPlan.files(closureDir, "--closure");
                cases.addAll(RegressPlan.ownSeedCases(closureDir, RegressPlan.files(dir).size() * seeds, shard));
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        String options = String.join(" ", passOn.subList(1, passOn.size()));
        RegressionId id = RegressionId.of(RegressPlan.files(dir), seeds, firstSeed, closureFiles, options,
                Versions.detect().build());
        if (untilCovered) {
            return UntilCovered.execute(cases, id, out, passOn, jobs, budget == null ? UntilCovered.BUDGET : budget,
                    closureSeed == null ? 1 : closureSeed, RunCommand.commandLine(name(), args), terminal);
        }
        try (Interrupts.Watch w = Interrupts.watch();
             OutputRun folder = RunExecutor.claim(out, RunCommand.commandLine(name(), args))) {
            terminal.out().printf(Locale.ROOT, "regress: shard %s: %d cases, %d at a time -> %s (regression %s)%n", shard,
                    cases.size(), jobs, out, id.id());
            long t0 = System.nanoTime();
            List<CaseResult> results = RegressRunner.runAll(cases, out, passOn, jobs, terminal);
            RegressSummary summary = new RegressSummary(shard.count(), List.of(shard.index()),
                    (System.nanoTime() - t0) / 1e9, results, false, id);
            MergeCommand.report(summary, out, terminal);
            if (rtlCoverage && !coverage) {
                CoverageRun.rtl(results.stream().map(c -> Path.of(c.outDir()).resolve(RtlCoverage.DAT)).toList(), out,
                        terminal);
            }
            int status = MergeCommand.write(coverage ? summary.withCoverageFailure(
                    CoverageRun.afterRegress(results, out, baseline, terminal)) : summary, out);
            folder.finished();
            return status;
        }
    }

    /** The options that take a value (a last argument that is none of them is unknown, not short of a value). */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--seeds", "--first-seed", "--scenarios",
            "--shard", "--out", "--jobs", "--coverage-baseline", "--closure", "--budget", "--seed", "--packets", "--set",
            "--stall-cycles");

    private static Shard shard(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static long number(String option, String value, long min, long max) {
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": expected an integer, got " + RunOptions.quote(value));
        }
        if (v < min || v > max) {
            throw new UsageException(option + ": " + v + " is out of range (allowed " + min + ".." + max + ")");
        }
        return v;
    }

    /** testbench/scenarios of the repository the launcher runs from, else ./testbench/scenarios. */
    static Path defaultScenarios() {
        String root = System.getProperty("nicsim.root");
        return (root == null || root.isBlank() ? Path.of("testbench", "scenarios") : Path.of(root, "testbench", "scenarios"));
    }
}
