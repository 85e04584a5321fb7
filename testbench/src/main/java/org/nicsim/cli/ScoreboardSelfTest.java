package org.nicsim.cli;

import java.util.HexFormat;
import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicRegisters;

/**
 * A self-test of the scoreboard: with system property {@value #MODEL_KEY} set to 80 hex digits,
 * that Toeplitz key is written into the Verilator NIC's RSS_KEY registers after the driver has
 * attached, while the software model keeps the scenario's key. The hardware then hashes with a
 * different key, so the run must fail ({@code rx.hash} and what follows from it) and exit 1 — a
 * scoreboard that passes such a run is broken. The hook is recorded in report.json
 * ({@code selfTest}) and printed in the summary, so a doctored run is never mistaken for a real one.
 * Not a user option: set it with {@code NICSIM_JAVA_OPTS=-Dnicsim.test.modelKey=...}.
 */
final class ScoreboardSelfTest {
    /** System property holding the key given to the NIC model only. */
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
        if (!v.matches("[0-9a-fA-F]{" + 2 * NicRegisters.RSS_KEY_BYTES + "}")) {
            throw new InputException("-D" + MODEL_KEY + ": expected " + 2 * NicRegisters.RSS_KEY_BYTES
                    + " hex digits (a 40-byte Toeplitz key), got " + v.length() + " characters");
        }
        return new ScoreboardSelfTest(HexFormat.of().parseHex(v));
    }

    /** What report.json and the summary say about it. */
    String description() {
        return "scoreboard self-test: NIC programmed with RSS key " + HexFormat.of().formatHex(key)
                + " (-D" + MODEL_KEY + "), the model with the scenario's; checks are expected to fail";
    }

    /** Writes the key into the NIC's RSS_KEY registers and waits until the writes landed. */
    void apply(NicModel model) {
        for (int i = 0; i < NicRegisters.RSS_KEY_BYTES / 4; i++) {
            model.mmioWrite(NicRegisters.rssKeyWord(i), NicRegisters.packKeyWord(key, i));
        }
        model.mmioDrain(10_000);
        model.drainEvents();   // register writes only: nothing here is a doorbell or a frame
    }
}
