package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario.md is the user's reference of the scenario format: its field tables must list
 * every field the reader knows and writes, and nothing else; its literal defaults and its full
 * default scenario must be what the reader applies.
 */
class ScenarioDocTest {

    private static final Path DOC = Path.of("..", "docs", "scenario.md");
    private static final String TABLE_HEADER =
            "| Field | Type | Default | Allowed | What it does | Shipped scenarios that set it |";
    private static final Pattern ROW = Pattern.compile("\\| `([A-Za-z0-9_.\\[\\]]+)` \\|.*");
    private static final Pattern LITERAL = Pattern.compile("`([^`]+)`");
    private static final int DEFAULT_CELL = 2;

    /**
     * Every field away from its default and every optional section filled, so that a reader that
     * ignored a field would write a different scenario. cpus and queues allow every value below.
     */
    private static final String FILLED = "{\"name\": \"doc-probe\", \"description\": \"every field away from its default\","
            + " \"seed\": -5, \"cpus\": 8, \"queues\": 8,"
            + " \"rss\": {\"key\": \"" + "0f".repeat(40) + "\", \"hashTypes\": [\"IPV4\", \"UDP_IPV6\"],"
            + "   \"reta\": " + reta() + ", \"defaultQueue\": 5},"
            + " \"ringMap\": {\"cpus\": [7, 6, 5, 4, 3, 2, 1, 0]},"
            + " \"netisr\": {\"policy\": \"SOURCE\", \"dispatch\": \"DIRECT\", \"qlimit\": 100, \"workstreams\": 3, \"ifIndex\": 9},"
            + " \"ifq\": {\"stageCntMax\": 16, \"mtu\": 9000, \"maxProtoHdr\": 14, \"mapSubq\": \"mask\", \"txWregNsegs\": 8},"
            + " \"traffic\": {\"packets\": 123, \"flows\": 7,"
            + "   \"mix\": {\"tcp4\": 0.1, \"udp4\": 0.3, \"tcp6\": 0.25, \"udp6\": 0.15, \"other\": 0.2},"
            + "   \"sizes\": {\"min\": 100, \"max\": 2000}, \"vlan\": 0.05, \"fragments\": 0.5, \"malformed\": 0.25},"
            + " \"app\": \"sink\", \"tx\": {\"batches\": [{\"cpu\": 5, \"sizes\": [64, 9600]}]},"
            + " \"rxBuffers\": 300, \"rxRingSize\": 1024, \"txRingSize\": 64, \"wave\": \"window:10-99\","
            + " \"reconfigure\": [{\"atPacket\": 10, \"reta\": \"round-robin\", \"key\": \"" + "a1".repeat(40) + "\"}],"
            + " \"stallCycles\": 5000, \"expectDrops\": true,"
            + " \"bus\": {\"rxIdle\": 0.25, \"readLatency\": 30, \"writeLatency\": 9, \"txBackpressure\": 0.5},"
            + " \"vnet\": [{\"atPacket\": 20, \"protocol\": \"ip6\", \"action\": \"unregister\"}],"
            + " \"rxBufferSize\": 4096, \"txDataOffset\": 2}";

    /** The scenarios as the reader writes them back: the defaults, and FILLED in both ring-map forms. */
    private static List<JsonObject> written() {
        return List.of(ScenarioJson.toTree(Scenario.defaults()),
                ScenarioJson.toTree(ScenarioLoader.parse(FILLED, List.of())),
                ScenarioJson.toTree(ScenarioLoader.parse(FILLED, FieldOverride.parseAll(List.of("ringMap={\"offset\": 3}")))));
    }

    @Test
    void everyFieldOfTheDefaultScenarioIsDocumented() {
        assertDocumented(paths(ScenarioJson.toTree(Scenario.defaults())));
    }

    @Test
    void everyFieldOfAScenarioWithEveryOptionalSectionIsDocumented() {
        for (JsonObject tree : written()) {
            assertDocumented(paths(tree));
        }
    }

    @Test
    void everyDocumentedFieldIsOneTheReaderWritesBack() {
        Set<String> written = new TreeSet<>();
        written().forEach(t -> written.addAll(paths(t)));
        for (String field : documented().keySet()) {
            assertTrue(written.contains(field), "docs/scenario.md documents " + field
                    + ", but no scenario the reader accepts has it (misspelt, or not a field)");
        }
    }

    @Test
    void documentedFieldsAreExactlyTheNamesTheReaderAccepts() {
        Set<String> known = new TreeSet<>(ScenarioReader.TOP);
        known.addAll(under("rss", RssReader.RSS));
        known.addAll(under("ringMap", ScenarioReader.RING_MAP));
        known.addAll(under("netisr", ScenarioReader.NETISR));
        known.addAll(under("ifq", ScenarioReader.IFQ));
        known.addAll(under("traffic", ScenarioReader.TRAFFIC));
        known.addAll(under("traffic.mix", TrafficMix.KINDS));
        known.addAll(under("traffic.sizes", ScenarioReader.SIZES));
        known.addAll(under("tx", ScenarioReader.TX));
        known.addAll(under("tx.batches[]", ScenarioReader.TX_BATCH));
        known.addAll(under("reconfigure[]", RssReader.RECONFIGURE));
        known.addAll(under("bus", StimulusReader.BUS));
        known.addAll(under("vnet[]", StimulusReader.VNET));
        assertEquals(known, new TreeSet<>(documented().keySet()));
    }

    @Test
    void everyDocumentedSectionIsReadAsGivenNotIgnored() {
        JsonObject given = JsonParser.parseString(FILLED).getAsJsonObject();
        JsonObject offsetForm = given.deepCopy();
        offsetForm.add("ringMap", JsonParser.parseString("{\"offset\": 3}"));
        Set<String> sections = new TreeSet<>();
        documented().keySet().forEach(field -> sections.add(field.split("[.\\[]", 2)[0]));
        for (String top : sections) {
            for (JsonObject source : List.of(given, offsetForm)) {
                // the section alone, with the CPUs and queues its values are checked against: every
                // value in FILLED differs from its default, so a field the reader skipped comes back changed
                JsonObject probe = new JsonObject();
                probe.add("cpus", source.get("cpus"));
                probe.add("queues", source.get("queues"));
                probe.add(top, source.get(top));
                JsonObject back = ScenarioJson.toTree(ScenarioLoader.fromTree(probe, List.of()));
                assertEquals(source.get(top), back.get(top), "the reader does not keep " + top + " as given");
            }
        }
    }

    @Test
    void literalDefaultsInTheTablesAreTheReadersDefaults() {
        JsonObject defaults = ScenarioJson.toTree(Scenario.defaults());
        int checked = 0;
        for (Map.Entry<String, List<String>> row : documented().entrySet()) {
            Optional<JsonElement> literal = jsonLiteral(row.getValue().get(DEFAULT_CELL));
            if (literal.isEmpty() || row.getKey().contains("[]")) {
                continue; // prose ("the value of cpus"), or an element of an array that is empty by default
            }
            assertEquals(at(defaults, row.getKey()), literal.get(), "default of " + row.getKey());
            checked++;
        }
        assertTrue(checked >= 40, "only " + checked + " literal defaults found in docs/scenario.md's tables");
    }

    @Test
    void theFullDefaultScenarioIsWhatAnEmptyScenarioReadsAs() {
        String section = doc().split("## The default scenario in full", 2)[1];
        assertEquals(ScenarioJson.toJson(Scenario.defaults()), jsonBlocks(section).get(0));
    }

    @Test
    void theMinimalExampleIsAValidScenario() {
        String section = doc().split("## A minimal example", 2)[1];
        Scenario s = ScenarioLoader.parse(jsonBlocks(section).get(0), List.of());
        assertEquals("two-queues", s.name());
    }

    private static void assertDocumented(Set<String> paths) {
        Set<String> missing = new TreeSet<>(paths);
        missing.removeAll(documented().keySet());
        assertTrue(missing.isEmpty(), "scenario fields missing from docs/scenario.md's tables: " + missing);
    }

    /** The field tables' rows: field path to its cells (path, type, default, allowed, meaning, scenarios). */
    static Map<String, List<String>> documented() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : doc().split("\n")) {
            if (line.equals(TABLE_HEADER)) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!inTable || !m.matches()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(c.trim());
            }
            assertEquals(6, cells.size(), "a field row has six cells: " + line);
            assertTrue(rows.put(m.group(1), cells) == null, m.group(1) + " is documented twice");
        }
        assertTrue(!rows.isEmpty(), "no field table in " + DOC);
        return rows;
    }

    /** Every field path in a written scenario; "[]" stands for any element of an array of objects. */
    private static Set<String> paths(JsonObject tree) {
        Set<String> out = new TreeSet<>();
        collect(tree, "", out);
        return out;
    }

    private static void collect(JsonElement e, String path, Set<String> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                out.add(p);
                collect(f.getValue(), p, out);
            }
        } else if (e.isJsonArray()) {
            for (JsonElement element : e.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    collect(element, path + "[]", out);
                }
            }
        }
    }

    private static JsonElement at(JsonObject tree, String path) {
        JsonElement e = tree;
        for (String name : path.split("\\.")) {
            e = e.getAsJsonObject().get(name);
        }
        return e;
    }

    /** A default cell that is one JSON value in backticks, e.g. {@code `256`} or {@code `"off"`}. */
    private static Optional<JsonElement> jsonLiteral(String cell) {
        Matcher m = LITERAL.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(m.group(1)));
        } catch (JsonSyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<String> jsonBlocks(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertTrue(!out.isEmpty(), "no ```json block");
        return out;
    }

    private static List<String> under(String section, List<String> names) {
        return names.stream().map(n -> section + "." + n).toList();
    }

    private static String reta() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < 128; i++) {
            s.append(i == 0 ? "" : ", ").append((i * 3) % 8);
        }
        return s.append(']').toString();
    }

    private static String doc() {
        try {
            return Files.readString(DOC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
