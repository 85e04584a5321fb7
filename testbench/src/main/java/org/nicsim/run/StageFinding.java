package org.nicsim.run;

/**
 * The first RX stage at which the hardware and the model disagree about one frame.
 *
 * @param stage    stage id, e.g. {@code rx.parser.tuple}
 * @param frame    frame index (RX sequence number)
 * @param cycle    cycle the hardware stage produced its result
 * @param hardware the stage's result in the RTL
 * @param model    the model's value for the same stage
 * @param detail   where they differ, or empty
 */
public record StageFinding(String stage, long frame, long cycle, String hardware, String model, String detail) {
    @Override
    public String toString() {
        return stage + ": frame " + frame + " at cycle " + cycle + ": hardware " + hardware + ", model " + model
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
