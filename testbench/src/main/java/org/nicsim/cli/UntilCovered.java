package org.nicsim.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nicsim.coverage.CoverageCounts;
import org.nicsim.coverage.CoverageJson;
import org.nicsim.coverage.Coverpoint;
import org.nicsim.coverage.FunctionalCoverage;
import org.nicsim.regress.CaseResult;
import org.nicsim.regress.ClosureGenerator;
import org.nicsim.regress.RegressCase;
import org.nicsim.regress.SetCover;

/**
 * {@code regress --until-covered}: after the regression's own cases, generated cases aimed at the
 * bins still unhit, {@code jobs} at a time, until every counted bin is hit or the budget (generated
 * cases) is spent; then the fewest generated cases (greedy set cover) that, with the regression's
 * own cases, hit every bin the generated ones added, copied into {@code OUT/closure/}.
 */
final class UntilCovered {
    static final String GENERATED_DIR = "generated";
    static final String CLOSURE_DIR = "closure";
    static final String REPORT = "closure.json";
    /** Generated cases when --budget is not given. */
    static final int BUDGET = 40;

    private final Path out;
    private final List<String> passOn;
    private final int jobs;
    private final Terminal terminal;
    private final Map<String, Set<String>> hitsByCase = new LinkedHashMap<>();
    private final Set<String> hit = new LinkedHashSet<>();

    UntilCovered(Path out, List<String> passOn, int jobs, Terminal terminal) {
        this.out = out;
        this.passOn = passOn;
        this.jobs = jobs;
        this.terminal = terminal;
    }

    /** What closure found: every case run, the generated scenario files, the closure set and the bins left unhit. */
    record Outcome(List<CaseResult> results, List<Path> generated, List<String> closure, List<String> unhit) {}

    /**
     * The whole command: claims OUT, runs the cases, writes the merged coverage, OUT/closure/,
     * OUT/closure.json, then junit.xml and summary.json. Exit status: that of the cases, else 1 when
     * the budget ran out with bins unhit (not closed is not a pass, in summary.json and junit.xml too), else 0.
     */
    static int execute(List<RegressCase> own, org.nicsim.regress.RegressionId base, Path out, List<String> passOn, int jobs, int budget, long seed,
                       List<String> command, Terminal terminal) {
        try (Interrupts.Watch w = Interrupts.watch();
             org.nicsim.report.OutputRun folder = RunExecutor.claim(out, command)) {
            terminal.out().printf(Locale.ROOT, "regress --until-covered: %d cases of the regression, then at most %d"
                    + " generated (seed %d), %d at a time -> %s%n", own.size(), budget, seed, jobs, out);
            long t0 = System.nanoTime();
            UntilCovered u = new UntilCovered(out, passOn, jobs, terminal);
            Outcome o = u.run(own, budget, seed);
            org.nicsim.regress.RegressionId id = base.withClosure(o.generated(),
                    " --until-covered --seed " + seed + " --budget " + budget);
            org.nicsim.regress.RegressSummary summary = new org.nicsim.regress.RegressSummary(1, List.of(1),
                    (System.nanoTime() - t0) / 1e9, o.results(), false, id);
            MergeCommand.report(summary, out, terminal);
            CoverageRun.afterRegress(o.results(), out, null, terminal);
            u.writeClosure(o, seed, budget);
            String notClosed = o.unhit().isEmpty() ? ""
                    : "NOT CLOSED: budget spent with " + o.unhit().size() + " bins unhit: " + String.join(", ", o.unhit());
            int status = MergeCommand.write(summary.withCoverageFailure(notClosed), out);
            folder.finished();
            return status;
        }
    }

    /** Runs {@code own} (the regression's cases), then generated ones within {@code budget}. */
    Outcome run(List<RegressCase> own, int budget, long seed) {
        List<CaseResult> results = new ArrayList<>(RegressRunner.runAll(own, out, passOn, jobs, terminal));
        results.forEach(this::record);
        Set<String> ownHits = new LinkedHashSet<>(hit);
        ClosureGenerator gen = new ClosureGenerator(seed);
        List<Path> generated = new ArrayList<>();
        Map<String, Set<String>> generatedHits = new LinkedHashMap<>();
        int position = own.isEmpty() ? 0 : own.get(own.size() - 1).position() + 1;
        int cursor = 0;
        while (generated.size() < budget && !unhit().isEmpty() && !Interrupts.requested()) {
            List<String> aims = unhit();
            terminal.out().printf(Locale.ROOT, "until-covered: %d bins unhit, %d of %d generated cases left%n",
                    aims.size(), budget - generated.size(), budget);
            List<RegressCase> round = new ArrayList<>();
            for (int i = 0; i < jobs && generated.size() < budget; i++) {
                ClosureGenerator.Generated g = gen.next(generated.size() + 1, aims.get(cursor++ % aims.size()));
                Path file = write(out.resolve(GENERATED_DIR), g.name(), g.scenario());
                generated.add(file);
                round.add(new RegressCase(position++, file, g.seed()));
            }
            for (CaseResult r : RegressRunner.runAll(round, out, passOn, jobs, terminal)) {
                results.add(r);
                generatedHits.put(r.id(), record(r));
            }
        }
        Set<String> added = new LinkedHashSet<>(hit);
        added.removeAll(ownHits);
        List<String> chosen = SetCover.greedy(generatedHits, added);
        return new Outcome(results, generated, chosen, unhit());
    }

    /** The counted bins of the case's coverage.json (none when it wrote none), added to what is hit. */
    private Set<String> record(CaseResult r) {
        Path f = Path.of(r.outDir()).resolve(CoverageJson.FILE);
        Set<String> bins = new LinkedHashSet<>();
        if (Files.isRegularFile(f)) {
            CoverageCounts c = CoverageJson.read(f);
            for (Coverpoint p : FunctionalCoverage.points()) {
                for (String b : p.counted()) {
                    if (c.hits(p.name(), b) > 0) {
                        bins.add(p.id(b));
                    }
                }
            }
        }
        hitsByCase.put(r.id(), bins);
        hit.addAll(bins);
        return bins;
    }

    /** Counted bins not hit yet, in definition order. */
    List<String> unhit() {
        List<String> u = new ArrayList<>();
        for (Coverpoint p : FunctionalCoverage.points()) {
            for (String b : p.counted()) {
                if (!hit.contains(p.id(b))) {
                    u.add(p.id(b));
                }
            }
        }
        return u;
    }

    /** Copies the closure set into OUT/closure/ and writes OUT/closure.json (cases, the bins each adds, what is unhit). */
    void writeClosure(Outcome o, long seed, int budget) {
        try {
            Path dir = out.resolve(CLOSURE_DIR);
            Files.createDirectories(dir);
            JsonObject report = new JsonObject();
            report.addProperty("seed", seed);
            report.addProperty("budget", budget);
            report.addProperty("generated", o.generated().size());
            JsonArray cases = new JsonArray();
            for (String id : o.closure()) {
                CaseResult r = o.results().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
                Path src = Path.of(r.scenario());
                Files.copy(src, dir.resolve(src.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                JsonObject c = new JsonObject();
                c.addProperty("case", id);
                c.addProperty("scenario", src.getFileName().toString());
                c.addProperty("seed", r.seed());
                c.addProperty("status", r.status());
                JsonArray bins = new JsonArray();
                hitsByCase.get(id).forEach(bins::add);
                c.add("hits", bins);
                cases.add(c);
            }
            report.add("closure", cases);
            JsonArray unhit = new JsonArray();
            o.unhit().forEach(unhit::add);
            report.add("unhit", unhit);
            Files.writeString(out.resolve(REPORT), new GsonBuilder().setPrettyPrinting().create().toJson(report) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new org.nicsim.report.OutputWriteException(out, e);
        }
        terminal.out().printf(Locale.ROOT, "until-covered: %d generated cases; closure set of %d -> %s%n",
                o.generated().size(), o.closure().size(), out.resolve(CLOSURE_DIR));
        if (!o.unhit().isEmpty()) {
            terminal.out().printf(Locale.ROOT, "until-covered: NOT CLOSED: budget spent with %d bins unhit: %s%n",
                    o.unhit().size(), String.join(", ", o.unhit()));
        }
    }

    private static Path write(Path dir, String name, JsonObject scenario) {
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve(name + ".json");
            Files.writeString(f, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(scenario) + "\n",
                    StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new org.nicsim.report.OutputWriteException(dir, e);
        }
    }
}
