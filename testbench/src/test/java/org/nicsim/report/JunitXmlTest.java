package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;
import org.nicsim.session.FailureKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** junit.xml: counts, failures, skipped checks, simulation errors, escaping. */
class JunitXmlTest {
    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document d, String name) {
        NodeList cases = d.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    /** Every check compared once and passed, except the given ones. */
    private static Scoreboard allPassedExcept(Check... notPassed) {
        Scoreboard sb = new Scoreboard();
        for (Check c : Check.values()) {
            if (!java.util.List.of(notPassed).contains(c)) {
                sb.pass(c);
            }
        }
        return sb;
    }

    @Test
    void aFailedCheckIsAFailureWhoseMessageIsItsFirstMismatch() throws Exception {
        Scoreboard sb = allPassedExcept();
        sb.fail(new Mismatch(Check.RX_HASH, 3, 700, "hash", "0x1", "0x2"));
        sb.fail(new Mismatch(Check.RX_HASH, 5, 900, "hash", "0x3", "0x4"));
        Document d = parse(JunitXml.render(Reports.report(Reports.result(sb))));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals(String.valueOf(Check.values().length), suite.getAttribute("tests"), "one testcase per check");
        Element failure = (Element) testcase(d, "rx.hash").getElementsByTagName("failure").item(0);
        assertEquals("rx.hash", failure.getAttribute("type"));
        assertEquals("rx.hash: frame 3 at cycle 700: hash hardware=0x1 model=0x2 (2 of 3 comparisons failed)",
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("rx.hash: frame 5 at cycle 900"));
        assertTrue(failure.getTextContent().contains(" replay " + java.nio.file.Path.of("out/dir/report.json").toAbsolutePath()));
    }

    @Test
    void aCheckWithNoComparisonsIsSkipped() throws Exception {
        Document d = parse(JunitXml.render(Reports.report(Reports.result(allPassedExcept(Check.TX_DATA)))));
        assertEquals(1, testcase(d, "tx.data").getElementsByTagName("skipped").getLength());
        assertEquals("1", ((Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("skipped"));
        assertEquals(0, testcase(d, "rx.hash").getChildNodes().getLength());
    }

    @Test
    void aSimulationFailureIsAnErrorTestcase() throws Exception {
        Document d = parse(JunitXml.render(Reports.failed(new RunFailure(FailureKind.STALL, "no progress for 200000 cycles", 5000))));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals(String.valueOf(Check.values().length + 1), suite.getAttribute("tests"),
                "one testcase per check and one for the simulation");
        Element error = (Element) testcase(d, "simulation").getElementsByTagName("error").item(0);
        assertEquals("stall", error.getAttribute("type"));
        assertTrue(error.getTextContent().contains("(cycle 5000)"));
    }

    @Test
    void markupAndControlCharactersInValuesKeepTheDocumentWellFormed() throws Exception {
        Scoreboard sb = allPassedExcept();
        sb.fail(new Mismatch(Check.RX_DATA, 0, 1, "bytes <&>\"'", "\u0001\u0000x", "]]>"));
        Document d = parse(JunitXml.render(Reports.report(Reports.result(sb))));
        Element failure = (Element) testcase(d, "rx.data").getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("bytes <&>\"'"), failure.getAttribute("message"));
        assertTrue(failure.getAttribute("message").contains("\uFFFD\uFFFDx"));
    }
}
