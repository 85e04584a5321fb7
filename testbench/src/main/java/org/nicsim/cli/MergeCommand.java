package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.regress.RegressJunit;
import org.nicsim.regress.RegressSummary;
import org.nicsim.regress.ShardCheck;
import org.nicsim.report.OutputRun;
import org.nicsim.report.OutputWriteException;

/** {@code nicsim merge OUT DIR...}: combines the outputs of regression shards into one. */
final class MergeCommand implements Command {
    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String synopsis() {
        return "merge OUT DIR...   combine regress shard outputs into one junit.xml + summary.json";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim merge [--coverage-baseline FILE] OUT DIR...

                Reads DIR/summary.json of every shard that `./nicsim regress --shard i/n --out DIR`
                wrote and writes OUT/summary.json and OUT/junit.xml for the whole regression. Shards
                that are missing are named, and make the status 3: a nightly must not pass with part of
                it gone. Shards of different regressions (their regression ids differ: other scenarios,
                seeds, options or build), a shard given twice, a shard that lacks or duplicates cases,
                and an OUT that is one of the shards are refused (exit 2), saying what differs.
                A shard that was interrupted makes the status 3.

                When the shards measured coverage (regress --coverage), their coverage.json are merged
                into OUT/coverage.json and OUT/coverage.html; --coverage-baseline FILE makes a total
                below the percentage in FILE, or a shard without coverage, exit 1.

                exit status: as regress (0 passed, 1 a check failed, 2 bad input, 3 a simulation failed
                             or a shard is missing)
                """;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        Path baseline = null;
        if (args.size() >= 2 && args.get(0).equals("--coverage-baseline")) {
            baseline = Path.of(args.get(1));
            args = args.subList(2, args.size());
        }
        if (args.size() < 2) {
            throw new UsageException("expected OUT and at least one shard folder");
        }
        for (String a : args) {
            if (a.startsWith("-")) {
                throw new UsageException("unknown option " + RunOptions.quote(a));
            }
        }
        Double pct = CoverageRun.baseline(baseline);
        Path out = Path.of(args.get(0));
        List<Path> dirs = new ArrayList<>();
        for (String d : args.subList(1, args.size())) {
            Path dir = Path.of(d);
            if (same(dir, out)) {
                throw new InputException("cannot merge: the output folder " + out + " is one of the shards; merge into"
                        + " another folder");
            }
            dirs.add(dir);
        }
        List<RegressSummary> parts = new ArrayList<>();
        for (Path d : dirs) {
            try {
                parts.add(RegressSummary.read(d));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        RegressSummary merged;
        try {
            merged = ShardCheck.merge(dirs, parts);
        } catch (IllegalArgumentException e) {
            throw new InputException("cannot merge: " + e.getMessage());
        }
        try (OutputRun folder = RunExecutor.claim(out, RunCommand.commandLine(name(), args))) {
            report(merged, out, terminal);
            int status = write(merged.withCoverageFailure(
                    CoverageRun.afterMerge(args.subList(1, args.size()), out, pct, terminal)), out);
            folder.finished();
            return status;
        }
    }

    /** Whether two paths name one folder (after resolving links, when both exist). */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * Writes summary.json and junit.xml into {@code out}, once the coverage verdict is in (they
     * carry the command's outcome); returns the exit status they record.
     */
    static int write(RegressSummary s, Path out) {
        try {
            s.write(out);
            RegressJunit.write(s, out);
        } catch (IOException e) {
            throw new OutputWriteException(out, e);
        }
        return s.exitStatus();
    }

    /**
     * Prints the totals and every case that did not pass with its replay command; a bad-input
     * case's message also goes to stderr, as any other bad input's does.
     */
    static void report(RegressSummary s, Path out, Terminal terminal) {
        terminal.out().printf(Locale.ROOT, "regress: %d cases: %d passed, %d failed, %d errors%s (%.1f s) -> %s%n",
                s.cases().size(), s.count("passed"), s.count("failed"),
                s.count("error") + s.count("bad-input") + s.count("interrupted"),
                s.missingShards().isEmpty() ? "" : "; missing shards " + s.missingShards() + " of " + s.shardCount(),
                s.wallSeconds(), out);
        s.cases().stream().filter(c -> c.exitStatus() != 0).forEach(c -> terminal.out().printf(Locale.ROOT,
                "  %s %s: %s%n    replay: %s%n", c.status().toUpperCase(Locale.ROOT), c.id(), c.message(), c.replay()));
        s.cases().stream().filter(c -> c.exitStatus() == ExitStatus.BAD_INPUT)
                .forEach(c -> terminal.err().println("nicsim: " + c.message()));
    }
}
