package org.nicsim.session;

import java.util.ArrayList;
import java.util.List;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.wave.Marker;

/**
 * What the waveform of one frame marks ({@code nicsim explain}): the cycle the frame was queued at,
 * each recorded stage at the cycle it put out its result, and the first stage whose result differs
 * from the model's, whatever else the run did.
 *
 * @param frame       the frame's index
 * @param injectCycle cycle it was queued at the RX stream
 * @param stages      one marker per recorded stage, in the frame's order through the NIC
 * @param divergence  the first diverging stage (RX first, then TX), or null when every stage agrees
 */
public record FrameMarks(long frame, long injectCycle, List<Marker> stages, StageFinding divergence) {
    public FrameMarks {
        stages = List.copyOf(stages);
        if (frame < 0 || injectCycle < 0) {
            throw new IllegalArgumentException("frame and injectCycle must be >= 0, got " + frame + ", " + injectCycle);
        }
    }

    /**
     * The marks of a frame's records; null parts were not recorded (a frame the NIC dropped has no
     * DMA stage, a frame that is not forwarded no TX stages).
     */
    public static FrameMarks of(long frame, long injectCycle, HardwareStages rx, StageFinding rxFirst, TxHardware tx,
                                StageFinding txFirst) {
        List<Marker> m = new ArrayList<>();
        if (rx != null) {
            add(m, "rx.parser", rx.parser() == null ? -1 : rx.parser().cycle());
            add(m, "rx.hash", rx.hash() == null ? -1 : rx.hash().cycle());
            add(m, "rx.reta", rx.reta() == null ? -1 : rx.reta().cycle());
            add(m, "rx.dma", rx.dma() == null ? -1 : rx.dma().cycle());
        }
        if (tx != null) {
            add(m, "tx.doorbell", tx.doorbell() == null ? -1 : tx.doorbell().cycle());
            add(m, "tx.descriptor", tx.descriptor() == null ? -1 : tx.descriptor().cycle());
            add(m, "tx.sent", tx.sent() == null ? -1 : tx.sent().cycle());
        }
        return new FrameMarks(frame, injectCycle, m, rxFirst != null ? rxFirst : txFirst);
    }

    private static void add(List<Marker> m, String stage, long cycle) {
        if (cycle >= 0) {
            m.add(new Marker(cycle, stage));
        }
    }

    /** The last cycle the frame's marks reach. */
    public long lastCycle() {
        long last = divergence == null ? injectCycle : Math.max(injectCycle, divergence.cycle());
        for (Marker s : stages) {
            last = Math.max(last, s.cycle());
        }
        return last;
    }

    /** The check or stage the signal pane opens on: the diverging stage's, else null (the usual order). */
    String focus() {
        return divergence == null ? null : divergence.stage();
    }

    /** Comment rows for the top of the signal pane. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        out.add("frame " + frame + " (nicsim explain), queued at cycle " + injectCycle);
        out.add(divergence == null ? "every recorded stage agrees with the model"
                : divergence.stage() + " diverges: hardware " + divergence.hardware() + ", model " + divergence.model()
                        + " (stage output at cycle " + divergence.cycle() + ")");
        out.add("markers: each stage at its output cycle");
        return out;
    }
}
