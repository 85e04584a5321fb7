package org.nicsim.wave;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The waveform a run left behind, for the summary and the reports.
 *
 * @param mode        the {@code wave} mode that made it
 * @param fst         the dump
 * @param gtkw        the GTKWave save file that opens it
 * @param firstCycle  first cycle in the dump
 * @param lastCycle   last cycle in the dump (-1 if the model died before the trace was closed)
 * @param markerCycle cycle of the primary marker (the first mismatch or the failure), -1 for none
 * @param frameIndex  index of the frame the first mismatch is about, -1 if none
 * @param injectCycle cycle that frame was queued at the RX stream, -1 if unknown
 * @param reason      what the marker marks (the first mismatch, the failure), or "" for none
 * @param reproduced  on-failure: the traced re-run hit the same first failure at the same cycle;
 *                    true for on and window, whose dump is of the run itself (report.json says null there)
 * @param bytes       size of the dump
 */
public record WaveCapture(String mode, Path fst, Path gtkw, long firstCycle, long lastCycle, long markerCycle,
                          long frameIndex, long injectCycle, String reason, boolean reproduced, long bytes) {
    public WaveCapture {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fst, "fst");
        Objects.requireNonNull(gtkw, "gtkw");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for the summary, e.g. "wave.fst (1.2 MB, cycles 100..5200), marker at cycle 4100 (frame 17)". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(fst.getFileName()).append(String.format(" (%.1f MB, cycles %d..%s)", bytes / 1e6, firstCycle,
                lastCycle < 0 ? "?" : String.valueOf(lastCycle)));
        if (markerCycle >= 0) {
            sb.append(", marker at cycle ").append(markerCycle);
            if (frameIndex >= 0) {
                sb.append(" (frame ").append(frameIndex).append(')');
            }
        }
        sb.append("; open: gtkwave ").append(gtkw);
        if (!reproduced) {
            sb.append(" — WARNING: the traced re-run did not reproduce the failure at the same cycle");
        }
        return sb.toString();
    }
}
