package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level line buffer behind the JSONL outputs: the same text as Java's own formatting. */
class AsciiLineTest {
    @Test
    void longsAreDecimalAsLongToStringWritesThem() {
        long[] values = {0, 1, 9, 10, 99, 100, -1, -10, 4294967295L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        AsciiLine line = new AsciiLine();
        for (long v : values) {
            assertEquals(Long.toString(v), line.reset().append(v).toString());
        }
    }

    @Test
    void everyDigitCountIsWrittenWhole() {
        AsciiLine line = new AsciiLine();
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, 10 * p - 1, -p, -(10 * p - 1)}) {
                assertEquals(Long.toString(v), line.reset().append(v).toString(), "around " + p);
            }
        }
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            long v = r.nextLong() >> r.nextInt(64);
            assertEquals(Long.toString(v), line.reset().append(v).toString());
        }
    }

    @Test
    void nullableNumbersWriteTheJsonNullLiteral() {
        AsciiLine line = new AsciiLine();
        line.appendOrNull((Long) null).append(',').appendOrNull((Integer) null).append(',').appendOrNull(7)
                .append(',').appendOrNull(8L);
        assertEquals("null,null,7,8", line.toString());
    }

    @Test
    void booleansAreJsonLiterals() {
        assertEquals("true false", new AsciiLine().append(true).append(' ').append(false).toString());
    }

    @Test
    void resetReusesTheBufferForTheNextLine() {
        AsciiLine line = new AsciiLine();
        line.append("a long first line");
        assertEquals("b", line.reset().append("b").toString());
    }

    @Test
    void growsPastItsInitialCapacity() {
        AsciiLine line = new AsciiLine();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            line.append(i).append(',');
            expected.append(i).append(',');
        }
        assertEquals(expected.toString(), line.toString());
    }

    @Test
    void writesExactlyItsBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AsciiLine().append("{\"x\":").append(-42).append('}').writeTo(out);
        assertArrayEquals("{\"x\":-42}".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void nonAsciiTextIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AsciiLine().append("caf\u00e9"));
        assertEquals("text: non-ASCII character at 3 in \"caf\u00e9\"", e.getMessage());
    }

    @Test
    void aWordAppendsTheTextItWasMadeFrom() {
        AsciiLine.Word key = AsciiLine.word(",\"queue\":");
        assertEquals("{,\"queue\":3,\"queue\":", new AsciiLine().append('{').append(key).append(3).append(key).toString());
    }

    @Test
    void aNonAsciiWordIsRejectedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> AsciiLine.word("na\u00efve"));
    }
}
