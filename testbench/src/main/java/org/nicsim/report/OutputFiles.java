package org.nicsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The names of the files a run writes into its output directory (docs/outputs.md). */
public final class OutputFiles {
    public static final String SUMMARY = "summary.txt";
    public static final String REPORT_JSON = "report.json";
    public static final String REPORT_HTML = "report.html";
    public static final String JUNIT_XML = "junit.xml";
    public static final String PACKETS = "packets.jsonl";
    public static final String DOORBELLS = "doorbells.jsonl";
    public static final String TX_PCAP = "tx.pcap";
    public static final String WAVE_FST = "wave.fst";
    public static final String WAVE_GTKW = "wave.gtkw";
    public static final String COVERAGE_JSON = "coverage.json";

    /** The FST writer's hierarchy scratch file, left only by a writer that did not finish. */
    public static final String WAVE_HIER = "wave.fst.hier";

    /** Every file a run may write, so a re-used directory never mixes two runs' files. */
    public static final List<String> ALL = List.of(SUMMARY, REPORT_JSON, REPORT_HTML, JUNIT_XML, PACKETS, DOORBELLS,
            TX_PCAP, WAVE_FST, WAVE_GTKW, WAVE_HIER, OutputRun.RUNNING,
            COVERAGE_JSON, "coverage.dat", "coverage.info", "rtl-coverage.json");

    private OutputFiles() {
    }

    /** Creates {@code dir} (and parents) and deletes the files an earlier run left there. */
    public static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : ALL) {
            Files.deleteIfExists(dir.resolve(f));
        }
    }
}
