package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads RFC 8259 JSON text into a Gson {@link JsonElement} tree, strictly.
 *
 * <p>Gson's own reader reports most strict-mode violations as "use lenient mode" with a
 * position that is sometimes one character late, and it silently keeps the last of two
 * duplicate keys. A scenario file is hand-written, so this reader names the exact line and
 * column and says what was wrong (comment, single quote, trailing comma, duplicate field...).
 * Numbers are kept exactly as {@link java.math.BigDecimal}.
 */
final class StrictJson {

    /** Deeper nesting than this is refused instead of risking a stack overflow. */
    static final int MAX_DEPTH = 64;

    private final JsonScanner in;
    private final String origin;

    private StrictJson(String text, String origin) {
        this.in = new JsonScanner(text, origin);
        this.origin = origin;
    }

    /**
     * Parses one JSON value that must make up the whole text (surrounding whitespace allowed).
     *
     * @param text the JSON text
     * @param origin prefix for error messages, e.g. "" for a file or "--set x=..: " for an override
     * @throws ScenarioException naming line and column of the first syntax error
     */
    static JsonElement parse(String text, String origin) {
        StrictJson p = new StrictJson(text, origin);
        p.in.skipWhitespace();
        if (p.in.atEnd()) {
            throw p.in.error("the input is empty, expected a JSON value");
        }
        JsonElement value = p.value("", 0);
        p.in.skipWhitespace();
        if (!p.in.atEnd()) {
            throw p.in.error("unexpected " + p.in.describeHere() + " after the end of the JSON value");
        }
        return value;
    }

    private JsonElement value(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw in.error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (in.atEnd()) {
            throw in.error("unexpected end of input, expected a value");
        }
        char c = in.peek();
        switch (c) {
            case '{':
                return object(path, depth);
            case '[':
                return array(path, depth);
            case '"':
                return new JsonPrimitive(in.string());
            case 't':
                return in.literal("true", new JsonPrimitive(true));
            case 'f':
                return in.literal("false", new JsonPrimitive(false));
            case 'n':
                return in.literal("null", JsonNull.INSTANCE);
            case '\'':
                throw in.error("strings must be in double quotes, not single quotes");
            case '/':
            case '#':
                throw in.error("comments are not allowed in JSON");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return in.number();
                }
                throw in.error("expected a value, found " + in.describeHere());
        }
    }

    private JsonObject object(String path, int depth) {
        JsonObject obj = new JsonObject();
        Map<String, String> firstSeen = new HashMap<>();
        in.advance(); // '{'
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.advance();
            return obj;
        }
        while (true) {
            in.skipWhitespace();
            char c = in.peek();
            if (c == '}') {
                throw in.error("trailing comma before '}' is not allowed");
            }
            if (c != '"') {
                if (c == '\'') {
                    throw in.error("field names must be in double quotes, not single quotes");
                }
                if (c == '/' || c == '#') {
                    throw in.error("comments are not allowed in JSON");
                }
                if (c == 0) {
                    throw in.error("unexpected end of input inside an object, expected a field name");
                }
                throw in.error("expected a field name in double quotes, found " + in.describeHere());
            }
            String where = in.location();
            String name = in.string();
            String fieldPath = ScenarioPaths.field(path, name);
            String previous = firstSeen.putIfAbsent(name, where);
            if (previous != null) {
                throw new ScenarioException(fieldPath,
                        origin + "duplicate field at " + where + " (first at " + previous + ")");
            }
            in.skipWhitespace();
            if (in.peek() != ':') {
                throw in.error("expected ':' after field name \"" + name + "\", found " + in.describeHere());
            }
            in.advance();
            in.skipWhitespace();
            obj.add(name, value(fieldPath, depth + 1));
            in.skipWhitespace();
            c = in.peek();
            if (c == ',') {
                in.advance();
                continue;
            }
            if (c == '}') {
                in.advance();
                return obj;
            }
            if (c == 0) {
                throw in.error("unexpected end of input inside an object, expected ',' or '}'");
            }
            throw in.error("expected ',' or '}' after the value of \"" + name + "\", found " + in.describeHere());
        }
    }

    private JsonArray array(String path, int depth) {
        JsonArray arr = new JsonArray();
        in.advance(); // '['
        in.skipWhitespace();
        if (in.peek() == ']') {
            in.advance();
            return arr;
        }
        while (true) {
            in.skipWhitespace();
            if (in.peek() == ']') {
                throw in.error("trailing comma before ']' is not allowed");
            }
            arr.add(value(ScenarioPaths.index(path, arr.size()), depth + 1));
            in.skipWhitespace();
            char c = in.peek();
            if (c == ',') {
                in.advance();
                continue;
            }
            if (c == ']') {
                in.advance();
                return arr;
            }
            if (c == 0) {
                throw in.error("unexpected end of input inside an array, expected ',' or ']'");
            }
            throw in.error("expected ',' or ']' in array, found " + in.describeHere());
        }
    }

}
