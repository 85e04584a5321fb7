package org.nicsim.scoreboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies every comparison the co-simulation makes. The first {@link #KEEP} mismatches are kept
 * in full (they are what an engineer debugs), the rest only counted, so memory does not grow
 * with the run.
 */
public final class Scoreboard {
    public static final int KEEP = 20;

    private final Map<Check, long[]> tally = new EnumMap<>(Check.class);   // {passed, failed}
    private final List<Mismatch> first = new ArrayList<>();
    private final StageFindings stages = new StageFindings();

    public Scoreboard() {
        for (Check c : Check.values()) {
            tally.put(c, new long[2]);
        }
    }

    /** Records one comparison; returns {@code equal}. */
    public boolean compare(Check check, boolean equal, long item, long cycle, String field, Object hardware,
                           Object model) {
        if (equal) {
            tally.get(check)[0]++;
        } else {
            fail(new Mismatch(check, item, cycle, field, String.valueOf(hardware), String.valueOf(model)));
        }
        return equal;
    }

    /** Compares two values with {@link Object#equals}. */
    public boolean expect(Check check, long item, long cycle, String field, Object hardware, Object model) {
        return compare(check, java.util.Objects.equals(hardware, model), item, cycle, field, hardware, model);
    }

    public void pass(Check check) {
        tally.get(check)[0]++;
    }

    public void fail(Mismatch m) {
        tally.get(m.check())[1]++;
        if (first.size() < KEEP) {
            first.add(m);
        }
    }

    public long passed(Check c) {
        return tally.get(c)[0];
    }

    public long failed(Check c) {
        return tally.get(c)[1];
    }

    public long totalFailed() {
        return tally.values().stream().mapToLong(t -> t[1]).sum();
    }

    /** No comparison failed and no stage diverged (a stage finding always fails the run). */
    public boolean clean() {
        return totalFailed() == 0 && stages.frames() == 0;
    }

    /** Frames whose RX stages diverged from the model, with the first diverging stage of each. */
    public StageFindings stages() {
        return stages;
    }

    /** The first mismatches, in the order they were found. */
    public List<Mismatch> firstMismatches() {
        return Collections.unmodifiableList(first);
    }
}
