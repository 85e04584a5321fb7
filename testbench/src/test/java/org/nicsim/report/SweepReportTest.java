package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.session.FailureKind;

/** sweep.csv and the console table. */
class SweepReportTest {
    private static RunReport passed() {
        Scoreboard sb = new Scoreboard();
        sb.pass(Check.RX_HASH);
        return Reports.report(Reports.result(sb));
    }

    @Test
    void csvFieldsWithCommasOrQuotesAreQuoted() {
        assertEquals("plain", SweepReport.csvField("plain"));
        assertEquals("\"[0,1]\"", SweepReport.csvField("[0,1]"));
        assertEquals("\"say \"\"hi\"\"\"", SweepReport.csvField("say \"hi\""));
    }

    @Test
    void csvRowCarriesTheRunsNumbers() {
        String csv = SweepReport.csv("rss.reta", List.of(new SweepRow("[0,1]", passed())));
        List<String> lines = csv.lines().toList();
        assertEquals(2, lines.size());
        // the hand-made result: 10 injected, 7 delivered, 1 nobuf, 1 error, 1 qdrop, 6 sent, 5 doorbells
        assertTrue(lines.get(1).startsWith("\"[0,1]\",passed,1,10,7,1,1,1,1,2,6,5,5,0.8333,"), lines.get(1));
    }

    @Test
    void aRunThatDidNotFinishHasEmptyNumbers() {
        RunReport failed = Reports.failed(new RunFailure(FailureKind.STALL, "x", 1));
        String row = SweepReport.csv("p", List.of(new SweepRow("v", failed))).lines().toList().get(1);
        assertTrue(row.startsWith("v,error,1,,,"), row);
    }

    @Test
    void tableHasAHeaderAndOneLinePerRun() {
        String t = SweepReport.table("ifq.stageCntMax", List.of(new SweepRow("1", passed()), new SweepRow("16", passed())));
        List<String> lines = t.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("ifq.stageCntMax  status"));
        assertTrue(lines.get(2).startsWith("16               passed"), lines.get(2));
    }
}
