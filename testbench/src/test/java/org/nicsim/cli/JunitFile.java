package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A regression's junit.xml as a CI reader sees it: the root's totals and the testcases' verdicts. */
record JunitFile(Document doc) {
    static JunitFile read(Path file) {
        try {
            return new JunitFile(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()));
        } catch (Exception e) {
            throw new AssertionError(file + ": not XML", e);
        }
    }

    /**
     * A regression folder whose coverage failed the command: summary.json says failed with exit
     * status 1, and junit.xml holds a failing {@code coverage} testcase whose message contains
     * {@code why}, counted in the root's totals.
     */
    static void assertCoverageFailed(Path out, String why) {
        JsonObject s = Cli.json(out.resolve("summary.json"));
        assertEquals("failed", s.get("status").getAsString());
        assertEquals(1, s.get("exitStatus").getAsInt());
        JunitFile j = read(out.resolve("junit.xml"));
        String message = j.failure("coverage");
        assertTrue(message != null && message.contains(why), String.valueOf(message));
        assertEquals(j.count("failure"), j.root("failures"));
        assertEquals(j.count("testcase"), j.root("tests"));
    }

    /** An attribute of the root {@code testsuites}, as a number. */
    int root(String attribute) {
        return Integer.parseInt(doc.getDocumentElement().getAttribute(attribute));
    }

    /** How many elements of {@code tag} ({@code testcase}, {@code failure}, {@code error}) the document holds. */
    int count(String tag) {
        return doc.getElementsByTagName(tag).getLength();
    }

    /** The {@code failure} message of the testcase named {@code name}, or null when it has none. */
    String failure(String name) {
        var cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            var f = c.getElementsByTagName("failure");
            if (c.getAttribute("name").equals(name) && f.getLength() > 0) {
                return ((Element) f.item(0)).getAttribute("message");
            }
        }
        return null;
    }
}
