package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Malformed JSON is reported with the line and column of the problem and what it is. */
class StrictJsonTest {

    private static String error(String text) {
        return assertThrows(ScenarioException.class, () -> StrictJson.parse(text, "")).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1,}                 | line 1 column 9: trailing comma before '}' is not allowed",
        "[1, 2,]                     | line 1 column 7: trailing comma before ']' is not allowed",
        "{a: 1}                      | line 1 column 2: expected a field name in double quotes, found 'a'",
        "{'a': 1}                    | line 1 column 2: field names must be in double quotes, not single quotes",
        "{\"a\": 'x'}                | line 1 column 7: strings must be in double quotes, not single quotes",
        "{\"a\": 1 \"b\": 2}         | line 1 column 9: expected ',' or '}' after the value of \"a\", found '\"'",
        "{\"a\" 1}                   | line 1 column 6: expected ':' after field name \"a\", found '1'",
        "{\"a\": 01}                 | line 1 column 7: numbers must not have leading zeros",
        "{\"a\": NaN}                | line 1 column 7: expected a value, found 'N'",
        "{\"a\": -Infinity}          | line 1 column 8: Infinity is not a JSON number",
        "{\"a\": 1.}                 | line 1 column 9: expected a digit after the decimal point",
        "{\"a\": tru}                | line 1 column 7: expected a value, found 'tru' (strings must be in double quotes; literals are true, false, null)",
        "{\"a\": FLOW}               | line 1 column 7: expected a value, found 'F'",
        "{\"a\": \"x\\q\"}           | line 1 column 10: invalid escape '\\q' in string",
        "{} {}                       | line 1 column 4: unexpected '{' after the end of the JSON value",
        "{\"a\": [1, 2               | line 1 column 12: unexpected end of input inside an array, expected ',' or ']'",
        "/* c */ {}                  | line 1 column 1: comments are not allowed in JSON",
    })
    void syntaxErrorNamesLineColumnAndProblem(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void lineAndColumnCountNewlines() {
        assertEquals("line 3 column 5: expected a value, found '}'", error("{\n  \"a\":\n    }"));
    }

    @Test
    void unterminatedStringIsReportedWhereItStarts() {
        assertEquals("line 2 column 8: unterminated string", error("{\n  \"a\": \"abc\n}"
                .replace("\n}", "")));
    }

    @Test
    void rawControlCharacterInAStringIsRejected() {
        assertEquals("line 1 column 9: control character U+0009 inside a string must be escaped",
                error("{\"a\": \"x\ty\"}"));
    }

    @Test
    void duplicateFieldNamesBothPlaces() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> StrictJson.parse("{\"n\": {\"q\": 1,\n \"q\": 2}}", ""));
        assertEquals("n.q", e.path());
        assertEquals("n.q: duplicate field at line 2 column 2 (first at line 1 column 8)", e.getMessage());
    }

    @Test
    void emptyInputIsAnError() {
        assertEquals("line 1 column 1: the input is empty, expected a JSON value", error(""));
        assertEquals("line 2 column 3: the input is empty, expected a JSON value", error(" \n  "));
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("line 1 column 66: nesting deeper than 64 levels", error(deep));
    }

    @Test
    void numbersKeepTheirExactValue() {
        JsonElement e = StrictJson.parse("[18446744073709551615, 0.1, -2e3]", "");
        assertEquals(new BigDecimal("18446744073709551615"), e.getAsJsonArray().get(0).getAsBigDecimal());
        assertEquals(new BigDecimal("0.1"), e.getAsJsonArray().get(1).getAsBigDecimal());
        assertEquals(0, new BigDecimal("-2000").compareTo(e.getAsJsonArray().get(2).getAsBigDecimal()));
    }

    @Test
    void escapesAreDecoded() {
        assertEquals("a\"b\\c/\u00e9\n", StrictJson.parse("\"a\\\"b\\\\c\\/\\u00e9\\n\"", "").getAsString());
    }
}
