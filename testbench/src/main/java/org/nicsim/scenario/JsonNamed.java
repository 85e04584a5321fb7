package org.nicsim.scenario;

/** An enum constant with the exact, case-sensitive spelling the scenario JSON uses for it. */
public interface JsonNamed {

    /** The spelling in scenario JSON, e.g. {@code "forward"} or {@code "HYBRID"}. */
    String jsonName();
}
