package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.regress.RegressJunit;
import org.nicsim.regress.RegressSummary;

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
                it gone. Two shards holding the same case, or shards of different cuts, are an error (2).

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
        List<RegressSummary> parts = new ArrayList<>();
        for (String d : args.subList(1, args.size())) {
            try {
                parts.add(RegressSummary.read(Path.of(d)));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        RegressSummary merged;
        try {
            merged = RegressSummary.merge(parts);
        } catch (IllegalArgumentException e) {
            throw new InputException("cannot merge: " + e.getMessage());
        }
        int status = writeAndReport(merged, Path.of(args.get(0)), terminal);
        return CoverageRun.afterMerge(args.subList(1, args.size()), Path.of(args.get(0)), baseline, terminal, status);
    }

    /** Writes summary.json and junit.xml into {@code out}, prints the totals; returns the exit status. */
    static int writeAndReport(RegressSummary s, Path out, Terminal terminal) {
        try {
            s.write(out);
            RegressJunit.write(s, out);
        } catch (IOException e) {
            throw new InputException("--out " + out + ": cannot write: " + e.getMessage());
        }
        terminal.out().printf(Locale.ROOT, "regress: %d cases: %d passed, %d failed, %d errors%s (%.1f s) -> %s%n",
                s.cases().size(), s.count("passed"), s.count("failed"), s.count("error") + s.count("bad-input"),
                s.missingShards().isEmpty() ? "" : "; missing shards " + s.missingShards() + " of " + s.shardCount(),
                s.wallSeconds(), out);
        s.cases().stream().filter(c -> c.exitStatus() != 0).forEach(c -> terminal.out().printf(Locale.ROOT,
                "  %s %s: %s%n    replay: %s%n", c.status().toUpperCase(Locale.ROOT), c.id(), c.message(), c.replay()));
        return s.exitStatus();
    }
}
