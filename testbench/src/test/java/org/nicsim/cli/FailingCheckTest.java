package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.report.ShellWords;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A run whose model is deliberately wrong fails: the scoreboard self-test hook gives the model a
 * symmetric key while the NIC keeps the scenario's Microsoft key, so the hashes must differ. Exit 1,
 * the first diverging stage (Toeplitz) with its mismatches and the replay command printed, and the failure in every report.
 */
class FailingCheckTest {
    /** "6d5a" repeated: the symmetric Toeplitz key, different from the scenario's Microsoft key. */
    static final String SYMMETRIC_KEY = "6d5a".repeat(20);

    @TempDir
    static Path tmp;
    static Path out;
    static Cli.Result result;

    @BeforeAll
    static void runWithAWrongKeyInTheModel() {
        out = tmp.resolve("wrong-key");
        result = Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, SYMMETRIC_KEY, "run",
                Cli.scenario("default.json").toString(), "--packets", "200", "--out", out.toString());
    }

    @Test
    void exitStatusIsOne() {
        assertEquals(ExitStatus.CHECK_FAILED, result.status(), result::toString);
    }

    @Test
    void summaryShowsTheFailedCheckTheFirstMismatchesAndTheReplayCommand() {
        String s = result.out();
        assertTrue(s.contains("FAILED"), s);
        assertTrue(s.contains("first diverging stage per frame"), s);
        // same tuple, type and input length in the RTL and the model, different hash: the key differs
        assertTrue(s.matches("(?s).*\\n  rx\\.hash\\.toeplitz: frame (\\d+) at cycle \\d+: hardware 0x[0-9a-f]{8}, "
                + "model 0x[0-9a-f]{8}: same input \\(\\d+ bytes\\), different hash: key or key window\\n"
                + "      then rx\\.hash: frame \\1 at cycle \\d+: hash hardware=0x[0-9a-f]{8} model=0x[0-9a-f]{8}\\n.*"), s);
        assertTrue(s.contains(ShellWords.launcher() + " replay " + out.resolve("report.json").toAbsolutePath().normalize()), s);
        assertTrue(s.contains("scoreboard self-test"), "a doctored run says so: " + s);
    }

    @Test
    void reportJsonRecordsTheFailureAndTheMismatches() {
        JsonObject report = Cli.json(out.resolve("report.json"));
        assertEquals("failed", report.get("status").getAsString());
        assertTrue(report.get("selfTest").getAsString().contains(SYMMETRIC_KEY));
        long hashFailures = -1;
        for (JsonElement c : report.getAsJsonArray("checks")) {
            if (c.getAsJsonObject().get("id").getAsString().equals("rx.hash")) {
                hashFailures = c.getAsJsonObject().get("failed").getAsLong();
            }
        }
        assertTrue(hashFailures > 0, "rx.hash failed " + hashFailures);
        JsonObject first = report.getAsJsonArray("mismatches").get(0).getAsJsonObject();
        for (String f : new String[] {"check", "item", "cycle", "field", "hardware", "model", "message"}) {
            assertTrue(first.has(f), f);
        }
    }

    @Test
    void junitXmlCarriesTheFailuresWithMessageAndType() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        NodeList failures = doc.getElementsByTagName("failure");
        assertTrue(failures.getLength() > 0);
        assertEquals(String.valueOf(failures.getLength()), suite.getAttribute("failures"));
        boolean hash = false;
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            assertTrue(!f.getAttribute("message").isEmpty() && !f.getAttribute("type").isEmpty());
            assertEquals(f.getAttribute("type"), ((Element) f.getParentNode()).getAttribute("name"));
            hash |= f.getAttribute("type").equals("rx.hash") && f.getAttribute("message").startsWith("rx.hash: frame ");
        }
        assertTrue(hash, "rx.hash fails with its first mismatch as the message");
    }
}
