package org.nicsim.scenario;

/** What the simulated application does with each packet netisr handles ({@code app}). */
public enum App implements JsonNamed {
    /** Send it back out unchanged from the handling CPU, through ifq staging. */
    FORWARD("forward"),
    /** Only count it. */
    SINK("sink");

    private final String jsonName;

    App(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
