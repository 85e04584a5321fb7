package org.nicsim.scenario;

import java.math.BigDecimal;

/**
 * A number typed bare on the command line ({@code --set name=123}): a number where the scenario
 * wants a number, its text where it wants a string, since the shell leaves no quotes to tell
 * (a name of digits, a Toeplitz key of decimal digits only). A file's JSON keeps its types.
 */
final class BareNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final BigDecimal value;

    BareNumber(String text, BigDecimal value) {
        this.text = text;
        this.value = value;
    }

    /** The text as typed. */
    String text() {
        return text;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
