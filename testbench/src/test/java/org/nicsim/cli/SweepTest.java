package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nicsim sweep} over ifq.stageCntMax: one run folder per value, a table, sweep.csv and sweep.html. */
class SweepTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void sweepStageCntMax() {
        dir = tmp.resolve("sweep");
        result = Cli.run("sweep", Cli.scenario("default.json").toString(), "--param", "ifq.stageCntMax=1,4",
                "--packets", "200", "--out", dir.toString());
    }

    @Test
    void everyRunPassesAndTheSeedComesFirst() {
        assertEquals(ExitStatus.PASSED, result.status(), result::toString);
        assertTrue(result.out().startsWith("seed: 1\n"), result::toString);
    }

    @Test
    void eachValueHasItsOwnRunFolderWithTheValueInItsScenario() {
        assertEquals(1, Cli.json(dir.resolve("01-stageCntMax=1/report.json")).getAsJsonObject("scenario")
                .getAsJsonObject("ifq").get("stageCntMax").getAsInt());
        assertEquals(4, Cli.json(dir.resolve("02-stageCntMax=4/report.json")).getAsJsonObject("scenario")
                .getAsJsonObject("ifq").get("stageCntMax").getAsInt());
        assertTrue(Files.exists(dir.resolve("02-stageCntMax=4/packets.jsonl")));
    }

    @Test
    void csvHasAHeaderAndOneRowPerValue() {
        List<String> csv = Cli.lines(dir.resolve("sweep.csv"));
        assertEquals(3, csv.size());
        List<String> head = List.of(csv.get(0).split(","));
        assertEquals("ifq.stageCntMax", head.get(0));
        int perPacket = head.indexOf("doorbellsPerPacket");
        assertTrue(perPacket > 0, csv.get(0));
        assertTrue(csv.get(1).startsWith("1,passed,"));
        assertTrue(csv.get(2).startsWith("4,passed,"));
        // stageCntMax 1: every frame starts the driver at once and each start writes one tail (txWregNsegs 0)
        assertEquals(1.0, Double.parseDouble(csv.get(1).split(",")[perPacket]), 1e-9);
        // staging up to 4 frames can only save doorbells
        assertTrue(Double.parseDouble(csv.get(2).split(",")[perPacket]) < 1.0, csv.get(2));
    }

    @Test
    void theComparisonTableIsPrinted() {
        assertTrue(result.out().matches("(?s).*\\nifq\\.stageCntMax +status .*doorbellsPerPacket.*\\n1 +passed .*\\n4 +passed .*"),
                result::toString);
    }

    @Test
    void htmlHasWellFormedInlineSvgCharts() throws Exception {
        String html = Files.readString(dir.resolve("sweep.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        int charts = 0;
        while (m.find()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            charts++;
        }
        assertTrue(charts >= 1);
        assertTrue(html.contains("Doorbells per packet"));
        assertTrue(html.contains("01-stageCntMax=1/report.html"), "links each run's report");
    }
}
