package org.nicsim.wave;

import java.util.Objects;

/**
 * A named time marker in a GTKWave save file.
 *
 * @param cycle the cycle it marks (at the cycle's start)
 * @param name  a label; GTKWave shows it on the marker (spaces become underscores)
 */
public record Marker(long cycle, String name) {
    public Marker {
        Objects.requireNonNull(name, "name");
        if (cycle < 0) {
            throw new IllegalArgumentException("marker cycle must be >= 0, got " + cycle);
        }
        name = name.strip().replaceAll("[\\s\\p{Cntrl}]+", "_");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("marker name must not be blank");
        }
    }
}
