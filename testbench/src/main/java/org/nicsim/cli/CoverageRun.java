package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nicsim.coverage.CoverageCollector;
import org.nicsim.coverage.CoverageCounts;
import org.nicsim.coverage.CoverageHtml;
import org.nicsim.coverage.CoverageJson;
import org.nicsim.coverage.CoverageMerge;
import org.nicsim.coverage.RtlCoverage;
import org.nicsim.regress.CaseResult;
import org.nicsim.report.OutputFiles;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.ForwardingRunObserver;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunEvent;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Scenario;

/**
 * {@code --coverage} for one run: a {@link CoverageCollector} listening beside the run's other
 * observers, then coverage.json, the report.html section and the summary lines. A run that did
 * not finish writes no coverage (its bins would be a partial count passed off as a run's).
 */
final class CoverageRun {
    private final CoverageCollector collector;
    private final Path outDir;

    CoverageRun(Scenario scenario, Path outDir) {
        this.collector = new CoverageCollector(scenario);
        this.outDir = outDir;
    }

    /** {@code next} with the collector listening too. */
    RunObserver observe(RunObserver next) {
        return new ForwardingRunObserver(next) {
            @Override
            public void packet(PacketRecord record) {
                collector.packet(record);
                super.packet(record);
            }

            @Override
            public void doorbell(DoorbellRecord record) {
                collector.doorbell(record);
                super.doorbell(record);
            }

            @Override
            public void event(RunEvent e) {
                collector.event(e);
                super.event(e);
            }
        };
    }

    /** Writes coverage.json and the report section, if the run finished. */
    void write(boolean finished) throws IOException {
        if (!finished) {
            return;
        }
        CoverageCounts c = collector.finish();
        CoverageJson.write(c, outDir);
        CoverageHtml.insertInto(outDir.resolve(OutputFiles.REPORT_HTML), c);
    }

    /**
     * regress --coverage: merges the cases' coverage in case order, writes it, checks the baseline
     * (a percentage, or null); returns why coverage fails the regression, or "".
     */
    static String afterRegress(List<CaseResult> results, Path out, Double baseline, Terminal terminal) {
        List<CoverageMerge.Source> sources = new ArrayList<>();
        results.stream().sorted(Comparator.comparingInt(CaseResult::position))
                .forEach(c -> sources.add(new CoverageMerge.Source(c.id(), Path.of(c.outDir()).resolve(CoverageJson.FILE))));
        rtl(results.stream().map(c -> Path.of(c.outDir()).resolve(RtlCoverage.DAT)).toList(), out, terminal);
        return report(CoverageMerge.of(sources), out, baseline, terminal);
    }

    /** RTL coverage of several runs (cases or shards) merged, when they measured it. */
    static void rtl(List<Path> dats, Path out, Terminal terminal) {
        try {
            if (RtlCoverage.merge(dats, out, RtlCoverage.waivers(), terminal.err()) != null) {
                terminal.out().print(RtlCoverage.summaryLine(out));
            }
        } catch (IOException e) {
            throw new InputException(out + ": cannot write the RTL coverage: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * merge: the shards' merged coverage, if any shard measured it (or a baseline asks for it);
     * returns why coverage fails the merge, or "".
     */
    static String afterMerge(List<String> shardDirs, Path out, Double baseline, Terminal terminal) {
        List<CoverageMerge.Source> sources = new ArrayList<>();
        for (String d : shardDirs) {
            sources.add(new CoverageMerge.Source(d, Path.of(d).resolve(CoverageJson.FILE)));
        }
        rtl(shardDirs.stream().map(d -> Path.of(d).resolve(RtlCoverage.DAT)).toList(), out, terminal);
        CoverageMerge m = CoverageMerge.of(sources);
        if (m.sources() == 0 && baseline == null) {
            return "";   // no shard measured coverage
        }
        return report(m, out, baseline, terminal);
    }

    /** The percentage a --coverage-baseline file requires, or null for none; read before anything runs. */
    static Double baseline(Path file) {
        try {
            return file == null ? null : CoverageMerge.baseline(file);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static String report(CoverageMerge m, Path out, Double baseline, Terminal terminal) {
        try {
            m.write(out);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write the coverage: " + e.getMessage());
        }
        terminal.out().println(m.line(baseline));
        terminal.out().print(CoverageHtml.summaryLines(m.counts()));
        if (baseline == null || m.meets(baseline)) {
            return "";
        }
        return m.missing().isEmpty() ? String.format(java.util.Locale.ROOT,
                "functional coverage %.1f%% is below the baseline %.1f%%", CoverageCounts.percent(m.counts().total()),
                baseline) : "without coverage (the baseline needs every run's): " + String.join(", ", m.missing());
    }

    /** The summary's coverage lines, read back from the run's coverage.json. */
    static String summaryLines(Path outDir) {
        Path f = outDir.resolve(CoverageJson.FILE);
        if (!Files.isRegularFile(f)) {
            return "\ncoverage   not measured: the run did not finish\n";
        }
        return CoverageHtml.summaryLines(CoverageJson.read(f));
    }
}
