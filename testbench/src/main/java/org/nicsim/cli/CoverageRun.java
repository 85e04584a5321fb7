package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nicsim.coverage.CoverageCollector;
import org.nicsim.coverage.CoverageCounts;
import org.nicsim.coverage.CoverageHtml;
import org.nicsim.coverage.CoverageJson;
import org.nicsim.cosim.ForwardingRunObserver;
import org.nicsim.cosim.PacketRecord;
import org.nicsim.cosim.DoorbellRecord;
import org.nicsim.cosim.RunEvent;
import org.nicsim.cosim.RunObserver;
import org.nicsim.report.OutputFiles;
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

    /** The summary's coverage lines, read back from the run's coverage.json. */
    static String summaryLines(Path outDir) {
        Path f = outDir.resolve(CoverageJson.FILE);
        if (!Files.isRegularFile(f)) {
            return "\ncoverage   not measured: the run did not finish\n";
        }
        return CoverageHtml.summaryLines(CoverageJson.read(f));
    }
}
