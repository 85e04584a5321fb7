package org.nicsim.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a failure's save file shows first: the signal group of the NIC block the failing check
 * (or stage) looks at moves to the top, under comment traces naming the frame and the check, so
 * GTKWave opens on the block to inspect rather than on the clock and the register bus.
 */
public final class FailureFocus {
    /** Check or stage id prefix -> the {@link NicSignals} group that shows that block; first match wins. */
    private static final Map<String, String> GROUP_OF = Map.ofEntries(
            Map.entry("rx.parser", NicSignals.PARSER_AND_HASH),
            Map.entry("rx.flags", NicSignals.PARSER_AND_HASH),
            Map.entry("rx.hash", NicSignals.PARSER_AND_HASH),
            Map.entry("rx.hashType", NicSignals.PARSER_AND_HASH),
            Map.entry("rx.reta", NicSignals.RETA_GROUP),
            Map.entry("rx.queue", NicSignals.RETA_GROUP),
            Map.entry("rx.ringCpu", NicSignals.RETA_GROUP),
            Map.entry("rx.dma", NicSignals.RX_DMA),
            Map.entry("rx.data", NicSignals.RX_DMA),
            Map.entry("rx.fate", NicSignals.RX_DMA),
            Map.entry("doorbell", NicSignals.TX_DOORBELLS),
            Map.entry("tx.doorbell", NicSignals.TX_DOORBELLS),
            Map.entry("tx", NicSignals.TX_ENGINE));

    private FailureFocus() {
    }

    /** The group a failure of {@code checkId} is debugged with, or null when no block owns it. */
    public static String groupFor(String checkId) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : GROUP_OF.entrySet()) {
            String k = e.getKey();
            boolean match = checkId.equals(k) || checkId.startsWith(k + ".");
            if (match && k.length() > bestLength) {
                best = e.getValue();
                bestLength = k.length();
            }
        }
        return best;
    }

    /** {@code groups} with the one for {@code checkId} moved to the front (unchanged when none matches). */
    public static List<SignalGroup> ordered(List<SignalGroup> groups, String checkId) {
        String name = checkId == null ? null : groupFor(checkId);
        List<SignalGroup> out = new ArrayList<>(groups.size());
        groups.stream().filter(g -> g.name().equals(name)).forEach(out::add);
        groups.stream().filter(g -> !g.name().equals(name)).forEach(out::add);
        return out;
    }

    /**
     * Comment traces for the top of the signal pane.
     *
     * @param checkId     the failing check or stage
     * @param frame       frame index, or -1 when the failure concerns no frame
     * @param injectCycle cycle the frame was queued at the RX stream, or -1
     * @param found       cycle the failure was found at
     */
    public static List<String> notes(String checkId, long frame, long injectCycle, long found) {
        return notes(checkId, frame, injectCycle, found, null);
    }

    /**
     * {@link #notes(String, long, long, long)} plus a row for the frame's first diverging stage.
     *
     * @param stageNote that stage, its hardware and model values and its cycle, or null when none diverged
     */
    public static List<String> notes(String checkId, long frame, long injectCycle, long found, String stageNote) {
        List<String> out = new ArrayList<>();
        if (frame >= 0) {
            out.add("frame " + frame + ": " + checkId + " failed"
                    + (injectCycle >= 0 ? ", queued at cycle " + injectCycle : "") + ", found at cycle " + found);
        } else {
            out.add(checkId + " failed at cycle " + found);
        }
        if (stageNote != null) {
            out.add(stageNote);
        }
        String group = groupFor(checkId);
        if (group != null) {
            out.add("signals: " + group);
        }
        return out;
    }
}
