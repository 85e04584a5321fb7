package org.nicsim.run;

/**
 * The first RX or TX stage at which the hardware and the model (or what the host posted) disagree
 * about one frame.
 *
 * @param stage    stage id, e.g. {@code rx.parser.tuple} or {@code tx.desc.length}
 * @param frame    frame index (RX sequence number; for a TX stage the received frame it forwards,
 *                 -1 for transmit-only load)
 * @param cycle    cycle the hardware stage produced its result
 * @param hardware the stage's result in the RTL
 * @param model    the model's value for the same stage
 * @param detail   where they differ, or empty
 */
public record StageFinding(String stage, long frame, long cycle, String hardware, String model, String detail) {
    /** True for a TX stage. */
    public boolean transmit() {
        return stage.startsWith("tx.");
    }

    @Override
    public String toString() {
        return stage + ": frame " + frame + " at cycle " + cycle + ": hardware " + hardware + ", model " + model
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
