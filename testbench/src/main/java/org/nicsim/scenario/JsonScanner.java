package org.nicsim.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;

/**
 * The lexical half of {@link StrictJson}: a position in the text with its line and column,
 * the tokens (strings, numbers, literals) and error messages that name where they are.
 */
final class JsonScanner {
    private final String text;
    final String origin;
    private int pos;
    private int line = 1;
    private int lineStart;

    JsonScanner(String text, String origin) {
        this.text = text;
        this.origin = origin;
    }

    /** Steps over the current character (a structural one the parser has just looked at). */
    void advance() {
        pos++;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    String string() {
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

    JsonPrimitive number() {
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

    JsonElement literal(String word, JsonElement value) {
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

    void skipWhitespace() {
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

    char peek() {
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

    String location() {
        return "line " + line + " column " + column();
    }

    String describeHere() {
        if (pos >= text.length()) {
            return "end of input";
        }
        return "'" + printable(text.charAt(pos)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    ScenarioException error(String what) {
        return new ScenarioException("", origin + location() + ": " + what);
    }
}
