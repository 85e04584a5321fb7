package org.nicsim.scoreboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nicsim.run.StageFinding;

/**
 * The frames whose RX or TX stages diverged, with the first diverging stage of each; the first
 * {@link #KEEP} are kept, the rest counted. A check failure of such a frame is a consequence of
 * its stage finding and is grouped under it ({@link #consequences}): for an RX stage the frame's
 * per-frame RX checks, for a TX stage the TX data check of the frame it carries (numbered like
 * that check: by the received frame it forwards, -1 for transmit-only load).
 */
public final class StageFindings {
    public static final int KEEP = 20;

    private final List<StageFinding> first = new ArrayList<>();
    private long frames;

    public void add(StageFinding f) {
        frames++;
        if (first.size() < KEEP) {
            first.add(f);
        }
    }

    /** Frames with a diverging stage. */
    public long frames() {
        return frames;
    }

    public List<StageFinding> first() {
        return Collections.unmodifiableList(first);
    }

    /** The kept finding of frame {@code frame}, or null. */
    public StageFinding of(long frame) {
        for (StageFinding f : first) {
            if (f.frame() == frame) {
                return f;
            }
        }
        return null;
    }

    /** The per-frame check failures among {@code mismatches} that belong to {@code f}'s frame. */
    public static List<Mismatch> consequences(StageFinding f, List<Mismatch> mismatches) {
        if (f.transmit()) {
            return mismatches.stream().filter(m -> m.item() == f.frame() && m.check() == Check.TX_DATA
                    && !m.field().startsWith("tx.")).toList();
        }
        return mismatches.stream().filter(m -> m.item() == f.frame() && perFrame(m.check())).toList();
    }

    /** The check a stage's divergence fails when no check of the frame failed on its own. */
    public static Check checkOf(String stage) {
        if (stage.startsWith("tx.")) {
            return Check.TX_DATA;
        }
        if (stage.startsWith("rx.parser")) {
            return Check.RX_FLAGS;
        }
        if (stage.startsWith("rx.hash")) {
            return Check.RX_HASH;
        }
        if (stage.startsWith("rx.reta")) {
            return Check.RX_QUEUE;
        }
        return Check.RX_DATA;
    }

    private static boolean perFrame(Check c) {
        return c != Check.DOORBELLS && c != Check.COUNTERS && c != Check.ACCOUNTING && c != Check.TX_DATA
                && c != Check.REGS_READBACK;
    }
}
