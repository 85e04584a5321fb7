package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of the scenario with its path and its known field names. Creating it rejects
 * any field not in the list; the getters fall back to a default when a field is absent.
 */
final class FieldReader {

    private final JsonObject obj;
    private final String path;

    private FieldReader(JsonObject obj, String path) {
        this.obj = obj;
        this.path = path;
    }

    /**
     * @param e the value at {@code path}, which must be an object
     * @param known its allowed field names, in documentation order (the order the message lists)
     */
    static FieldReader of(JsonElement e, String path, List<String> known) {
        JsonObject obj = JsonValues.object(e, path);
        for (Map.Entry<String, JsonElement> field : obj.entrySet()) {
            if (!known.contains(field.getKey())) {
                throw new ScenarioException(ScenarioPaths.field(path, field.getKey()),
                        "unknown field (known: " + String.join(", ", known) + ")");
            }
        }
        return new FieldReader(obj, path);
    }

    /** An empty object at {@code path}: every getter returns its default. */
    static FieldReader absent(String path) {
        return new FieldReader(new JsonObject(), path);
    }

    String path() {
        return path;
    }

    String path(String name) {
        return ScenarioPaths.field(path, name);
    }

    boolean has(String name) {
        return obj.has(name);
    }

    JsonElement get(String name) {
        return obj.get(name);
    }

    /**
     * The elements of the array field {@code name}, each an object with the {@code known} fields,
     * or none when the field is absent. An element is checked when it is read, so problems are
     * reported in element order.
     *
     * @param expected what the array holds, for the message when it is not an array
     */
    List<FieldReader> elements(String name, List<String> known, String expected) {
        if (!has(name)) {
            return List.of();
        }
        String at = path(name);
        JsonArray arr = JsonValues.array(get(name), at, expected);
        return new AbstractList<>() {
            @Override
            public FieldReader get(int i) {
                return of(arr.get(i), ScenarioPaths.index(at, i), known);
            }

            @Override
            public int size() {
                return arr.size();
            }
        };
    }

    /** A nested object, or an empty reader when absent. */
    FieldReader object(String name, List<String> known) {
        return has(name) ? of(get(name), path(name), known) : absent(path(name));
    }

    int integer(String name, int def, long min, long max, String why) {
        return has(name) ? (int) JsonValues.integer(get(name), path(name), min, max, why) : def;
    }

    long longInteger(String name, long def, long min, long max, String why) {
        return has(name) ? JsonValues.integer(get(name), path(name), min, max, why) : def;
    }

    boolean bool(String name, boolean def) {
        if (!has(name)) {
            return def;
        }
        JsonElement e = get(name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new ScenarioException(path(name), "expected true or false, got " + JsonValues.describe(e));
        }
        return e.getAsBoolean();
    }

    double fraction(String name, double def) {
        return has(name) ? JsonValues.fraction(get(name), path(name)) : def;
    }

    <E extends Enum<E> & JsonNamed> E enumValue(String name, Class<E> type, E def) {
        return has(name) ? JsonValues.enumValue(get(name), path(name), type) : def;
    }
}
