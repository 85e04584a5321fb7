package org.nicsim.scenario;

/** When waveforms are recorded ({@code wave}). */
public enum WaveMode implements JsonNamed {
    /** Never. */
    OFF("off"),
    /** For the whole run. */
    ON("on"),
    /** For a window of simulated cycles, written {@code window:A-B}. */
    WINDOW("window"),
    /** Only on failure: a deterministic re-run traced around the first mismatch. */
    ON_FAILURE("on-failure");

    private final String jsonName;

    WaveMode(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
