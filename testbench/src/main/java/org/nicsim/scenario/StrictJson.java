package org.nicsim.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads RFC 8259 JSON text into a Gson {@link JsonElement} tree, strictly.
 *
 * <p>Gson's own reader reports most strict-mode violations as "use lenient mode" with a
 * position that is sometimes one character late, and it silently keeps the last of two
 * duplicate keys. A scenario file is hand-written, so this reader names the exact line and
 * column and says what was wrong (comment, single quote, trailing comma, duplicate field...).
 * Numbers are kept exactly as {@link BigDecimal}.
 */
final class StrictJson {

    /** Deeper nesting than this is refused instead of risking a stack overflow. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private final String origin;
    private int pos;
    private int line = 1;
    private int lineStart;

    private StrictJson(String text, String origin) {
        this.text = text;
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
        p.skipWhitespace();
        if (p.pos >= text.length()) {
            throw p.error("the input is empty, expected a JSON value");
        }
        JsonElement value = p.value("", 0);
        p.skipWhitespace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describeHere() + " after the end of the JSON value");
        }
        return value;
    }

    private JsonElement value(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path, depth);
            case '[':
                return array(path, depth);
            case '"':
                return new JsonPrimitive(string());
            case 't':
                return literal("true", new JsonPrimitive(true));
            case 'f':
                return literal("false", new JsonPrimitive(false));
            case 'n':
                return literal("null", JsonNull.INSTANCE);
            case '\'':
                throw error("strings must be in double quotes, not single quotes");
            case '/':
            case '#':
                throw error("comments are not allowed in JSON");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a value, found " + describeHere());
        }
    }

    private JsonObject object(String path, int depth) {
        JsonObject obj = new JsonObject();
        Map<String, String> firstSeen = new HashMap<>();
        pos++; // '{'
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return obj;
        }
        while (true) {
            skipWhitespace();
            char c = peek();
            if (c == '}') {
                throw error("trailing comma before '}' is not allowed");
            }
            if (c != '"') {
                if (c == '\'') {
                    throw error("field names must be in double quotes, not single quotes");
                }
                if (c == '/' || c == '#') {
                    throw error("comments are not allowed in JSON");
                }
                if (c == 0) {
                    throw error("unexpected end of input inside an object, expected a field name");
                }
                throw error("expected a field name in double quotes, found " + describeHere());
            }
            String where = location();
            String name = string();
            String fieldPath = ScenarioPaths.field(path, name);
            String previous = firstSeen.putIfAbsent(name, where);
            if (previous != null) {
                throw new ScenarioException(fieldPath,
                        origin + "duplicate field at " + where + " (first at " + previous + ")");
            }
            skipWhitespace();
            if (peek() != ':') {
                throw error("expected ':' after field name \"" + name + "\", found " + describeHere());
            }
            pos++;
            skipWhitespace();
            obj.add(name, value(fieldPath, depth + 1));
            skipWhitespace();
            c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '}') {
                pos++;
                return obj;
            }
            if (c == 0) {
                throw error("unexpected end of input inside an object, expected ',' or '}'");
            }
            throw error("expected ',' or '}' after the value of \"" + name + "\", found " + describeHere());
        }
    }

    private JsonArray array(String path, int depth) {
        JsonArray arr = new JsonArray();
        pos++; // '['
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return arr;
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']') {
                throw error("trailing comma before ']' is not allowed");
            }
            arr.add(value(ScenarioPaths.index(path, arr.size()), depth + 1));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == ']') {
                pos++;
                return arr;
            }
            if (c == 0) {
                throw error("unexpected end of input inside an array, expected ',' or ']'");
            }
            throw error("expected ',' or ']' in array, found " + describeHere());
        }
    }

    private String string() {
        int startLine = line;
        int startCol = column();
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new ScenarioException("", origin + "line " + startLine + " column " + startCol
                        + ": unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error(String.format("control character U+%04X inside a string must be escaped", (int) c));
            }
            if (c == '\\') {
                pos++;
                if (pos >= text.length()) {
                    continue; // reported as unterminated
                }
                char e = text.charAt(pos);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 >= text.length()) {
                            throw error("incomplete \\u escape, expected 4 hex digits");
                        }
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int d = Character.digit(text.charAt(pos + i), 16);
                            if (d < 0) {
                                pos += i;
                                throw error("invalid \\u escape, expected 4 hex digits");
                            }
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                        pos += 4;
                        break;
                    default:
                        throw error("invalid escape '\\" + printable(e) + "' in string");
                }
                pos++;
                continue;
            }
            sb.append(c);
            pos++;
        }
    }

    private JsonPrimitive number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (!isDigit(peek())) {
            if (text.startsWith("Infinity", pos)) {
                throw error("Infinity is not a JSON number");
            }
            throw error("expected a digit after '-'");
        }
        if (peek() == '0' && isDigit(peekAt(pos + 1))) {
            throw error("numbers must not have leading zeros");
        }
        while (isDigit(peek())) {
            pos++;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return new JsonPrimitive(new BigDecimal(literal));
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("number " + literal + " is out of range");
        }
    }

    private JsonElement literal(String word, JsonElement value) {
        if (text.startsWith(word, pos) && !isWordChar(peekAt(pos + word.length()))) {
            pos += word.length();
            return value;
        }
        int end = pos;
        while (isWordChar(peekAt(end))) {
            end++;
        }
        String found = text.substring(pos, Math.max(end, pos + 1));
        throw error("expected a value, found '" + found
                + "' (strings must be in double quotes; literals are true, false, null)");
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return peekAt(pos);
    }

    private char peekAt(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private String location() {
        return "line " + line + " column " + column();
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "end of input";
        }
        return "'" + printable(text.charAt(pos)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private ScenarioException error(String what) {
        return new ScenarioException("", origin + location() + ": " + what);
    }
}
