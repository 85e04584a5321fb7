package org.nicsim.scoreboard;

import org.nicsim.run.HardwareStages;
import org.nicsim.run.RunObserver;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.stage.RxStageChecker;
import org.nicsim.scoreboard.stage.StageLog;
import org.nicsim.scoreboard.stage.TxRecords;

/**
 * The white-box receive check: the RTL's per-stage results for a frame (parser, hash, RETA, DMA,
 * recorded by the bridge's stage monitor) against the model's intermediates for the same frame.
 * The first diverging stage is recorded, and fails the frame even when no end-to-end check did.
 */
final class RxStageCheck {
    private final Scoreboard scoreboard;
    private final RunObserver observer;
    private final StageLog log = new StageLog();

    RxStageCheck(Scoreboard scoreboard, RunObserver observer) {
        this.scoreboard = scoreboard;
        this.observer = observer;
    }

    /** A batch of stage records from the bridge; a frame's records arrive before its write-back. TX records go to {@code tx}. */
    void recorded(long[] words, int length, TxRecords tx) {
        log.load(words, length, tx);
    }

    /** Checks the stages of a frame whose write-back was just compared; clears its ok flag on divergence. */
    void check(RxFrame f, long cycle) {
        HardwareStages hw = log.take(f.index);
        StageFinding s = hw == null ? null : RxStageChecker.firstDivergence(hw, f.model);
        observer.rxStages(f.index, hw, f.model, f.modelRingCpu, s);
        if (s == null) {
            return;
        }
        scoreboard.stages().add(s);
        if (f.ok) {
            scoreboard.fail(new Mismatch(StageFindings.checkOf(s.stage()), f.index, cycle, s.stage(), s.hardware(),
                    s.model()));
        }
        f.ok = false;
    }
}
