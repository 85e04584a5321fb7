package org.nicsim.session;

import java.util.Arrays;
import org.nicsim.run.ForwardingRunObserver;
import org.nicsim.run.RunObserver;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.Scoreboard;

/**
 * Passes a run's records on and remembers what a failure capture needs: the first mismatch, the
 * cycle its frame was queued at the RX stream, and the last cycle the run reported progress at.
 * Injection cycles are kept for the last {@value #RECENT} frames only (bounded memory on long
 * runs); the first mismatch is looked up after every host pass, while its frame is still recent.
 */
final class InjectionLog extends ForwardingRunObserver {
    static final int RECENT = 1 << 16;

    private final long[] index = new long[RECENT];
    private final long[] cycle = new long[RECENT];
    private Scoreboard scoreboard;
    private Mismatch first;
    private long firstInjectCycle = -1;
    private long lastCycle = -1;

    InjectionLog(RunObserver next) {
        super(next);
        Arrays.fill(index, -1);
    }

    /** Starts watching the run's scoreboard for its first mismatch. */
    void watch(Scoreboard s) {
        this.scoreboard = s;
    }

    @Override
    public void injected(long i, long c) {
        int k = (int) (i & (RECENT - 1));
        index[k] = i;
        cycle[k] = c;
        lastCycle = Math.max(lastCycle, c);
        next.injected(i, c);
    }

    @Override
    public void progress(long done, long total, long c) {
        lastCycle = Math.max(lastCycle, c);
        capture();
        next.progress(done, total, c);
    }

    /** Takes note of the first mismatch, once there is one. */
    void capture() {
        if (first != null || scoreboard == null || scoreboard.firstMismatches().isEmpty()) {
            return;
        }
        first = scoreboard.firstMismatches().get(0);
        long f = first.frame();
        firstInjectCycle = f >= 0 ? injectCycle(f) : -1;
    }

    /** Cycle frame {@code i} was queued at, or -1 if it is not among the recent frames. */
    long injectCycle(long i) {
        int k = (int) (i & (RECENT - 1));
        return index[k] == i ? cycle[k] : -1;
    }

    /** The run's first mismatch, or null. */
    Mismatch firstMismatch() {
        return first;
    }

    /** The first diverging RX stage of frame {@code frame}, or null (none, or not kept). */
    StageFinding stageOf(long frame) {
        return scoreboard == null || frame < 0 ? null : scoreboard.stages().of(frame);
    }

    /** Cycle the first mismatch's frame was queued at, or -1. */
    long firstInjectCycle() {
        return firstInjectCycle;
    }

    /** The last cycle the run reported (host pass or injection), or -1. */
    long lastCycle() {
        return lastCycle;
    }
}
