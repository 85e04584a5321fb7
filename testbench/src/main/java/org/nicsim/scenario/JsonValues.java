package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed, range-checked reads of single JSON values. Every failure is a {@link ScenarioException}
 * at the value's path saying what was expected and what was found.
 */
final class JsonValues {

    private JsonValues() {
    }

    static JsonObject object(JsonElement e, String path) {
        if (!e.isJsonObject()) {
            throw typeError(path, "an object", e);
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonElement e, String path, String what) {
        if (!e.isJsonArray()) {
            throw typeError(path, what, e);
        }
        return e.getAsJsonArray();
    }

    static String string(JsonElement e, String path, String what) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && e.getAsNumber() instanceof BareNumber b) {
            return b.text();
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw typeError(path, what, e);
        }
        return e.getAsString();
    }

    /**
     * An integer in {@code [min, max]}.
     *
     * @param why appended to the range in the message, e.g. "; queues is 4", or ""
     */
    static long integer(JsonElement e, String path, long min, long max, String why) {
        BigDecimal v = number(e, path, "an integer");
        if (!isIntegral(v)) {
            throw new ScenarioException(path, "expected an integer, got " + v.toString());
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw outOfRange(path, v.toString(), min + ".." + max, why);
        }
        return v.longValueExact();
    }

    /** A number in {@code [0, 1]}: a probability or a fraction. */
    static double fraction(JsonElement e, String path) {
        BigDecimal v = number(e, path, "a number");
        if (v.compareTo(BigDecimal.ZERO) < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw outOfRange(path, v.toString(), "0.0..1.0", "");
        }
        return v.doubleValue();
    }

    /** A string that must be the JSON name of one constant of {@code type}, case-sensitively. */
    static <E extends Enum<E> & JsonNamed> E enumValue(JsonElement e, String path, Class<E> type) {
        String names = names(type);
        String s = string(e, path, "one of " + names);
        for (E c : type.getEnumConstants()) {
            if (c.jsonName().equals(s)) {
                return c;
            }
        }
        throw new ScenarioException(path, quote(s) + " is not valid (expected one of " + names
                + "; names are case-sensitive)");
    }

    static <E extends Enum<E> & JsonNamed> String names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            out.add(c.jsonName());
        }
        return String.join(", ", out);
    }

    static ScenarioException outOfRange(String path, String value, String range, String why) {
        return new ScenarioException(path, value + " is out of range (allowed " + range + why + ")");
    }

    static ScenarioException typeError(String path, String expected, JsonElement got) {
        return new ScenarioException(path, "expected " + expected + ", got " + describe(got));
    }

    /** How a value reads in a message: its JSON type and, for scalars, the value itself. */
    static String describe(JsonElement e) {
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "a boolean (" + p.getAsBoolean() + ")";
        }
        if (p.isNumber()) {
            return "a number (" + p.getAsBigDecimal().toString() + ")";
        }
        return "a string (" + quote(p.getAsString()) + ")";
    }

    static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return '"' + shown.chars().mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c)
                : c == '"' ? "\\\"" : String.valueOf((char) c)).collect(Collectors.joining()) + '"';
    }

    private static BigDecimal number(JsonElement e, String path, String what) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw typeError(path, what, e);
        }
        return e.getAsJsonPrimitive().getAsBigDecimal();
    }

    private static boolean isIntegral(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }
}
