package org.nicsim.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveMode;
import org.nicsim.wave.FailureFocus;
import org.nicsim.wave.GtkwSaveFile;
import org.nicsim.wave.Marker;
import org.nicsim.wave.NicSignals;
import org.nicsim.wave.TracePlan;
import org.nicsim.wave.WaveCapture;
import org.nicsim.wave.WaveSettings;

/**
 * Writes the GTKWave save file of a traced attempt and describes the capture for the report: the
 * view opens on the failure (with the frame's way through the NIC when it fits on one screen), the
 * failing stage's signals first, markers on the failure, the frame's injection and its diverging
 * stage, and comment rows saying what the waveform shows.
 */
final class CaptureWriter {
    /** Cycles shown before a frame's injection: room for the centred label of its marker. */
    private static final long LEAD = 60;

    private final WaveSettings settings;

    CaptureWriter(WaveSettings settings) {
        this.settings = settings;
    }

    WaveCapture write(WaveMode mode, Scenario scenario, TracePlan plan, FirstFailure f, boolean reproduced, String aside) {
        long lo = plan.firstTraced();
        long hi = plan.lastTraced() >= 0 ? plan.lastTraced() : Math.max(lo + 1, f == null ? lo + 1 : f.found());
        // a failure declared at cycle c (not yet simulated) is marked at the dump's end, c = last + 1
        long marker = f == null ? -1 : Math.max(lo, Math.min(f.found(), hi + 1));
        List<Marker> named = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        comments.add("scenario '" + scenario.name() + "', seed " + scenario.seed() + ", wave "
                + mode.jsonName() + ", trace levels " + settings.levels() + ", traced cycles " + lo + ".." + hi);
        if (f != null) {
            named.add(new Marker(marker, f.label()));
            if (f.injectCycle() >= lo && f.injectCycle() <= hi) {
                named.add(new Marker(f.injectCycle(), "frame_" + f.frame() + "_queued"));
            }
            if (f.stage() != null && f.stage().cycle() >= lo && f.stage().cycle() <= hi) {
                named.add(new Marker(f.stage().cycle(), f.stage().stage() + "_diverges"));
            }
            comments.add("marker: " + f.reason());
            if (f.stage() != null) {
                comments.add("first diverging stage: " + f.stage());
            }
            if (f.frame() >= 0) {
                comments.add("frame " + f.frame() + " was queued at the RX stream at cycle " + f.injectCycle()
                        + "; the host found the mismatch at cycle " + f.found());
            }
            if (mode == WaveMode.ON_FAILURE) {
                comments.add("traced re-run reproduced the failure at the same cycle: " + (reproduced ? "yes" : "NO"));
            }
        }
        if (!aside.isEmpty()) {
            comments.add(aside);
        }
        // open on the failure, with the frame's way through the NIC when it fits on one screen
        long viewFirst = lo;
        if (marker >= 0) {
            long from = f.injectCycle() >= 0 ? Math.min(f.injectCycle() - LEAD, marker - 300) : marker - 300;
            viewFirst = Math.max(lo, Math.max(from, marker - WaveRecorder.MAX_VIEW_CYCLES));
        }
        // the marker sits inside the view, an eighth of it (at least 20 cycles) from the right edge
        long viewLast = Math.max(viewFirst + 1, Math.min(hi, marker >= 0
                ? marker + Math.max(20, (marker - viewFirst) / 8) : lo + 320));
        String focus = f == null ? null : f.focus();
        return save(mode, plan, new GtkwSaveFile(settings.fst(), FailureFocus.ordered(NicSignals.groups(settings.levels()),
                focus), viewFirst, viewLast, marker, named, comments,
                f == null ? List.of() : FailureFocus.notes(focus, f.frame(), f.injectCycle(), f.found(), f.stageNote())),
                f == null ? -1 : f.frame(), f == null ? -1 : f.injectCycle(), f == null ? "" : f.reason(), reproduced);
    }

    /**
     * The save file of one frame's window ({@code nicsim explain}): the view from the frame's
     * injection to its last stage, a named marker per stage, the primary marker on the first
     * diverging stage, if any.
     */
    WaveCapture write(Scenario scenario, TracePlan plan, FrameMarks m) {
        long lo = plan.firstTraced();
        long hi = plan.lastTraced() >= 0 ? plan.lastTraced() : Math.max(lo + 1, m.lastCycle());
        List<Marker> named = new ArrayList<>();
        named.add(new Marker(Math.max(lo, m.injectCycle()), "frame_" + m.frame() + "_queued"));
        m.stages().stream().filter(s -> s.cycle() >= lo && s.cycle() <= hi).forEach(named::add);
        long marker = m.divergence() == null ? -1 : Math.max(lo, Math.min(m.divergence().cycle(), hi));
        String reason = m.divergence() == null ? "frame " + m.frame() + ": every recorded stage agrees with the model"
                : m.divergence().toString();
        List<String> comments = List.of("scenario '" + scenario.name() + "', seed " + scenario.seed()
                + ", trace levels " + settings.levels() + ", traced cycles " + lo + ".." + hi, "explained: " + reason);
        long viewFirst = Math.max(lo, m.injectCycle() - LEAD);
        long viewLast = Math.max(viewFirst + 1, Math.min(hi, m.lastCycle() + Math.max(20, (m.lastCycle() - viewFirst) / 8)));
        return save(WaveMode.WINDOW, plan, new GtkwSaveFile(settings.fst(),
                FailureFocus.ordered(NicSignals.groups(settings.levels()), m.focus()), viewFirst, viewLast, marker, named,
                comments, m.notes()), m.frame(), m.injectCycle(), reason, true);
    }

    private WaveCapture save(WaveMode mode, TracePlan plan, GtkwSaveFile save, long frame, long injectCycle, String reason,
                             boolean reproduced) {
        try {
            save.write(settings.gtkw());
            return new WaveCapture(mode.jsonName(), settings.fst(), settings.gtkw(), plan.firstTraced(), plan.lastTraced(),
                    save.markerCycle(), frame, injectCycle, reason, reproduced, Files.size(settings.fst()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + settings.gtkw() + ": " + e.getMessage(), e);
        }
    }
}
