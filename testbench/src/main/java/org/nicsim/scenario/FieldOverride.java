package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set PATH=VALUE}: replaces (or adds) the value at PATH in the scenario's JSON tree
 * before the tree is validated, so an override is checked exactly like the file, unknown field
 * names included. PATH is field names joined by '.', with {@code [i]} for array elements
 * ({@code netisr.policy}, {@code tx.batches[0].cpu}). VALUE is JSON if it parses as JSON
 * (number, boolean, array, object, quoted string), otherwise the bare text as a string
 * ({@code FLOW}, {@code round-robin}); a bare number is also its text where a string is wanted
 * ({@link BareNumber}).
 *
 * @param path the target path as written
 * @param value the value to put there
 * @param source the option that made the override as the user wrote it ({@code --set x=1},
 *               {@code --param x=1}, {@code --seed 5}), for messages
 */
public record FieldOverride(String path, JsonElement value, String source) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[[0-9]{1,9}\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)\\]");

    public FieldOverride {
        Objects.requireNonNull(path, "path");
        value = Objects.requireNonNull(value, "value").deepCopy();
        Objects.requireNonNull(source, "source");
        steps(path, source); // validates the syntax
    }

    /** The value (a copy: JSON trees are mutable). */
    @Override
    public JsonElement value() {
        return value.deepCopy();
    }

    /**
     * Parses {@code PATH=VALUE} as given to {@code --set}.
     *
     * @throws ScenarioException when there is no '=' or the path is not well formed
     */
    public static FieldOverride parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new ScenarioException("", "--set " + JsonValues.quote(spec) + ": expected PATH=VALUE"
                    + " (e.g. netisr.policy=FLOW)");
        }
        String path = spec.substring(0, eq).trim();
        String origin = "--set " + spec + ": ";
        return new FieldOverride(path, parseValue(spec.substring(eq + 1), origin), "--set " + spec);
    }

    /** Parses each {@code PATH=VALUE}, in order (later ones win on the same path). */
    public static List<FieldOverride> parseAll(List<String> specs) {
        List<FieldOverride> out = new ArrayList<>();
        for (String s : specs) {
            out.add(parse(s));
        }
        return out;
    }

    /**
     * A VALUE as JSON when it is JSON, else as a bare string. Text that starts like a JSON
     * array, object or string but does not parse is an error, not silently a string.
     */
    static JsonElement parseValue(String raw, String origin) {
        String t = raw.trim();
        try {
            JsonElement v = StrictJson.parse(t, origin + "value ");
            return v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                    ? new JsonPrimitive(new BareNumber(t, v.getAsBigDecimal())) : v;
        } catch (ScenarioException e) {
            if (t.startsWith("[") || t.startsWith("{") || t.startsWith("\"")) {
                throw e;
            }
            return new JsonPrimitive(raw);
        }
    }

    /** Whether this override targets {@code otherPath} or something inside or around it. */
    boolean concerns(String otherPath) {
        return ScenarioPaths.related(path, otherPath);
    }

    /** Puts the value into {@code root}, creating missing objects along the path. */
    void applyTo(JsonObject root) {
        List<Object> steps = steps(path, source);
        JsonElement current = root;
        String at = "";
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            String next = step instanceof String s ? ScenarioPaths.field(at, s) : ScenarioPaths.index(at, (Integer) step);
            if (step instanceof String name) {
                if (!current.isJsonObject()) {
                    throw notContainer(at, current, "field " + name);
                }
                JsonObject obj = current.getAsJsonObject();
                if (last) {
                    obj.add(name, value.deepCopy());
                    return;
                }
                if (!obj.has(name)) {
                    if (steps.get(i + 1) instanceof Integer) {
                        throw new ScenarioException(next, source + ": cannot index an absent array"
                                + " (set the whole array instead)");
                    }
                    obj.add(name, new JsonObject());
                }
                current = obj.get(name);
            } else {
                int index = (Integer) step;
                if (!current.isJsonArray()) {
                    throw notContainer(at, current, "element [" + index + "]");
                }
                JsonArray arr = current.getAsJsonArray();
                if (index > arr.size() || (index == arr.size() && !last)) {
                    throw new ScenarioException(next, source + ": index " + index
                            + " is past the end (the array has " + arr.size() + " elements)");
                }
                if (last) {
                    if (index == arr.size()) {
                        arr.add(value.deepCopy()); // one past the end appends
                    } else {
                        arr.set(index, value.deepCopy());
                    }
                    return;
                }
                current = arr.get(index);
            }
            at = next;
        }
    }

    private ScenarioException notContainer(String at, JsonElement found, String what) {
        return new ScenarioException(at, source + ": cannot set " + what + " inside "
                + JsonValues.describe(found));
    }

    /** The path as a list of field names (String) and array indices (Integer). */
    private static List<Object> steps(String path, String source) {
        List<Object> steps = new ArrayList<>();
        if (path.isEmpty()) {
            throw new ScenarioException("", source + ": the path before '=' is empty");
        }
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new ScenarioException("", source + ": " + JsonValues.quote(path)
                        + " is not a field path (expected names joined by '.', e.g. netisr.policy or tx.batches[0].cpu)");
            }
            steps.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                steps.add(Integer.parseInt(idx.group(1)));
            }
        }
        return steps;
    }
}
