package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The RSS fields of a scenario: the {@code rss} section (Toeplitz key, hash types, RETA, default
 * queue) and the {@code reconfigure} points that reprogram key and RETA during traffic.
 */
final class RssReader {
    static final List<String> RSS = List.of("key", "hashTypes", "reta", "defaultQueue");
    static final List<String> RECONFIGURE = List.of("atPacket", "reta", "key");
    private static final String ROUND_ROBIN = "round-robin";

    private RssReader() {
    }

    static RssSpec rss(FieldReader r, int queues) {
        String key = r.has("key") ? key(r.get("key"), r.path("key")) : ScenarioDefaults.RSS_KEY;
        EnumSet<RssHashType> types = EnumSet.copyOf(ScenarioDefaults.HASH_TYPES);
        if (r.has("hashTypes")) {
            String path = r.path("hashTypes");
            JsonArray arr = JsonValues.array(r.get("hashTypes"), path,
                    "an array of hash type names (" + JsonValues.names(RssHashType.class) + ")");
            types = EnumSet.noneOf(RssHashType.class);
            for (int i = 0; i < arr.size(); i++) {
                String p = ScenarioPaths.index(path, i);
                RssHashType t = JsonValues.enumValue(arr.get(i), p, RssHashType.class);
                if (!types.add(t)) {
                    throw new ScenarioException(p, JsonValues.quote(t.jsonName()) + " is listed twice");
                }
            }
        }
        RetaSpec reta = r.has("reta") ? reta(r.get("reta"), r.path("reta"), queues) : RetaSpec.roundRobin();
        int defaultQueue = r.integer("defaultQueue", ScenarioDefaults.DEFAULT_QUEUE, 0, queues - 1,
                queueNote(queues));
        return new RssSpec(key, types, reta, defaultQueue);
    }

    static String key(JsonElement e, String path) {
        int digits = 2 * RssSpec.KEY_BYTES;
        String key = JsonValues.string(e, path, "a string of " + digits + " hex digits");
        if (key.length() != digits) {
            throw new ScenarioException(path, "expected " + digits + " hex digits (a " + RssSpec.KEY_BYTES
                    + "-byte Toeplitz key), got " + key.length() + " characters");
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.digit(key.charAt(i), 16) < 0) {
                throw new ScenarioException(path, "character " + (i + 1) + " ('" + key.charAt(i)
                        + "') is not a hex digit; expected " + digits + " hex digits");
            }
        }
        return key;
    }

    static RetaSpec reta(JsonElement e, String path, int queues) {
        String expected = "\"" + ROUND_ROBIN + "\" or an array of " + RetaSpec.SIZE + " queue numbers";
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            if (!ROUND_ROBIN.equals(e.getAsString())) {
                throw new ScenarioException(path, JsonValues.quote(e.getAsString()) + " is not valid (expected "
                        + expected + ")");
            }
            return RetaSpec.roundRobin();
        }
        JsonArray arr = JsonValues.array(e, path, expected);
        if (arr.size() != RetaSpec.SIZE) {
            throw new ScenarioException(path, "expected exactly " + RetaSpec.SIZE + " entries, got " + arr.size());
        }
        List<Integer> entries = new ArrayList<>(RetaSpec.SIZE);
        for (int i = 0; i < arr.size(); i++) {
            entries.add((int) JsonValues.integer(arr.get(i), ScenarioPaths.index(path, i), 0, queues - 1,
                    queueNote(queues)));
        }
        return new RetaSpec(entries);
    }

    static List<Reconfiguration> reconfigure(FieldReader top, int queues) {
        List<FieldReader> points = top.elements("reconfigure", RECONFIGURE, "an array of reconfigurations");
        List<Reconfiguration> out = new ArrayList<>();
        long first = 0;
        for (int i = 0; i < points.size(); i++) {
            FieldReader r = points.get(i);
            if (!r.has("atPacket")) {
                throw new ScenarioException(r.path("atPacket"), "missing (the index of the first packet that sees"
                        + " the new configuration)");
            }
            // A point at or past the last packet never fires: a --packets that shortens the traffic
            // (regress, quick runs) keeps the scenario valid; the order of the points still matters.
            String why = i == 0 ? "" : ": after reconfigure[" + (i - 1) + "]";
            long at = r.longInteger("atPacket", 0, first, Integer.MAX_VALUE, why);
            Optional<RetaSpec> reta = r.has("reta")
                    ? Optional.of(reta(r.get("reta"), r.path("reta"), queues)) : Optional.empty();
            Optional<String> key = r.has("key") ? Optional.of(key(r.get("key"), r.path("key"))) : Optional.empty();
            if (reta.isEmpty() && key.isEmpty()) {
                throw new ScenarioException(r.path(), "changes nothing (give reta, key, or both)");
            }
            out.add(new Reconfiguration(at, reta, key));
            first = at + 1;
        }
        return out;
    }

    private static String queueNote(int queues) {
        return ": queues is " + queues;
    }
}
