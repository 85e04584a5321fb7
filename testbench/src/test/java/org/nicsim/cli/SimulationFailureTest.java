package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * When the simulation itself cannot run (here: the native model library is not where the bridge
 * looks), the exit status is 3 and the reports still say what failed.
 */
class SimulationFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingNativeModelExitsThreeWithAnErrorReport() throws Exception {
        Path out = tmp.resolve("out");
        Path empty = tmp.resolve("no-native");
        java.nio.file.Files.createDirectories(empty);
        Cli.Result r = Cli.runWithProperty("nicsim.native.dir", empty.toString(), "run", "--packets", "10", "--out",
                out.toString());
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertTrue(r.out().startsWith("seed: 1\n"));
        assertTrue(r.out().contains("SIMULATION FAILED"), r::toString);
        assertTrue(r.err().contains("nicsim: simulation failed (native): ") && r.err().contains("not found"), r::toString);

        JsonObject report = Cli.json(out.resolve("report.json"));
        assertEquals("error", report.get("status").getAsString());
        assertEquals("native", report.getAsJsonObject("error").get("kind").getAsString());
        assertTrue(report.has("scenario"), "a failed run can still be replayed from its report");

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals(1, junit.getElementsByTagName("error").getLength());
    }
}
