package org.nicsim.wave;

import java.util.List;
import java.util.Objects;

/**
 * A named group of signals in a GTKWave save file (one block of the NIC).
 *
 * @param name    the group's title, shown collapsed or expanded in GTKWave
 * @param signals in display order
 */
public record SignalGroup(String name, List<Signal> signals) {
    public SignalGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("\n")) {
            throw new IllegalArgumentException("group name must be one non-blank line: '" + name + "'");
        }
        signals = List.copyOf(signals);
    }

    /** The group restricted to the signals a trace of {@code levels} holds (0 = every signal). */
    public SignalGroup tracedAt(int levels) {
        return new SignalGroup(name, signals.stream().filter(s -> s.tracedAt(levels)).toList());
    }
}
