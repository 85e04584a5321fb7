package org.nicsim.session;

import java.util.Objects;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.Mismatch;

/**
 * A run's first failure: a mismatch, or a simulation error.
 *
 * @param found       cycle it was found at
 * @param frame       frame it concerns, or -1
 * @param injectCycle cycle that frame was queued at, or -1
 * @param label       marker name
 * @param reason      one line for the save file and the report
 * @param mismatch    the mismatch, or null for an error
 * @param error       the error's class and message, or null for a mismatch
 * @param stage       the frame's first diverging RX stage, or null
 */
record FirstFailure(long found, long frame, long injectCycle, String label, String reason, Mismatch mismatch,
                    String error, StageFinding stage) {
    /** The check the failure is debugged by (its signals go on top), or the simulation failure's kind. */
    String focus() {
        return stage != null ? stage.stage() : mismatch != null ? mismatch.check().id() : label;
    }

    /** Determinism check of a re-run: the same failure, at the same cycle, from a frame queued at the same cycle. */
    boolean sameAs(FirstFailure o) {
        return found == o.found && injectCycle == o.injectCycle && Objects.equals(mismatch, o.mismatch)
                && Objects.equals(error, o.error);
    }

    /** The save file's row for the frame's first diverging stage, or null. */
    String stageNote() {
        return stage == null ? null : stage.stage() + ": hardware " + stage.hardware() + ", model " + stage.model()
                + " (stage output at cycle " + stage.cycle() + ")";
    }
}
