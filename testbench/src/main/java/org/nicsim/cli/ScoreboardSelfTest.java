package org.nicsim.cli;

import java.util.HexFormat;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.model.rss.ToeplitzKey;

/**
 * A self-test of the scoreboard: with system property {@value #MODEL_KEY} set to 80 hex digits,
 * the software model hashes with that Toeplitz key while the NIC keeps the scenario's
 * ({@link CoSimulation#overrideModelKey}). Hardware and model then disagree on every hashed frame,
 * so the run must fail ({@code rx.hash} and what follows from it) and exit 1 — a scoreboard that
 * passes such a run is broken. The hook is recorded in report.json ({@code selfTest}) and printed
 * in the summary, so a doctored run is never mistaken for a real one. Not a user option: set it
 * with {@code NICSIM_JAVA_OPTS=-Dnicsim.test.modelKey=...}.
 */
final class ScoreboardSelfTest {
    /** System property holding the key given to the software model only. */
    static final String MODEL_KEY = "nicsim.test.modelKey";

    private final byte[] key;

    private ScoreboardSelfTest(byte[] key) {
        this.key = key;
    }

    /**
     * The self-test the system property asks for, or null when it is not set.
     *
     * @throws InputException when the property is not 80 hex digits
     */
    static ScoreboardSelfTest fromSystemProperty() {
        String v = System.getProperty(MODEL_KEY);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (!v.matches("[0-9a-fA-F]{" + 2 * ToeplitzKey.LENGTH + "}")) {
            throw new InputException("-D" + MODEL_KEY + ": expected " + 2 * ToeplitzKey.LENGTH
                    + " hex digits (a 40-byte Toeplitz key), got " + v.length() + " characters");
        }
        return new ScoreboardSelfTest(HexFormat.of().parseHex(v));
    }

    /**
     * The self-test a report's {@code selfTest} text describes ({@code nicsim replay} repeats it),
     * or null when {@code description} is null.
     *
     * @throws InputException when the text does not hold a key
     */
    static ScoreboardSelfTest fromDescription(String description, String label) {
        if (description == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RSS key ([0-9a-fA-F]{" + 2 * ToeplitzKey.LENGTH
                + "})").matcher(description);
        if (!m.find()) {
            throw new InputException(label + ": selfTest: expected the text nicsim writes, with \"RSS key\" and "
                    + 2 * ToeplitzKey.LENGTH + " hex digits");
        }
        return new ScoreboardSelfTest(HexFormat.of().parseHex(m.group(1)));
    }

    /**
     * The shell assignment that repeats the self-test this JVM runs under, for a replay command
     * ({@code NICSIM_JAVA_OPTS=...}), or "" when there is none: without it the replay would pass.
     */
    static String replayEnvironment() {
        String v = System.getProperty(MODEL_KEY);
        return v == null || v.isEmpty() ? ""
                : "NICSIM_JAVA_OPTS=" + org.nicsim.report.ShellWords.quote("-D" + MODEL_KEY + "=" + v);
    }

    /** What report.json and the summary say about it. */
    String description() {
        return "scoreboard self-test: the model hashes with RSS key " + HexFormat.of().formatHex(key)
                + " (-D" + MODEL_KEY + "), the NIC with the scenario's; checks are expected to fail";
    }

    /** Gives the model the self-test key; call before the run starts. */
    void apply(CoSimulation sim) {
        sim.overrideModelKey(key);
    }
}
