package org.nicsim.scoreboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nicsim.model.Mbuf;

/**
 * Per-flow order end to end: a hashed frame must reach its handler after every earlier frame of
 * the same flow (same L4 tuple, else L3 tuple).
 */
final class FlowOrderCheck {
    /** Flows whose order is tracked at once; older ones are forgotten (their order was already checked). */
    static final int MAX_TRACKED_FLOWS = 1 << 20;

    private final Scoreboard scoreboard;
    /**
     * Last handled frame per flow; bounded (LRU) so a capture of millions of flows streams. The
     * index sits in a one-element array updated in place: a flow seen before costs no allocation.
     */
    private final Map<FlowKey, long[]> lastIndexOfFlow = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<FlowKey, long[]> eldest) {
            return size() > MAX_TRACKED_FLOWS;
        }
    };

    FlowOrderCheck(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
    }

    void handled(RxFrame f, Mbuf m) {
        byte[] tuple = m.hashType() == 0 ? null : flowTuple(f);
        if (tuple == null) {
            return;
        }
        FlowKey flow = new FlowKey(tuple);   // the tuple is the classification's copy, ours to keep
        long[] seen = lastIndexOfFlow.get(flow);   // an access: the flow becomes the most recent
        if (seen == null) {
            lastIndexOfFlow.put(flow, new long[] {f.index});
            scoreboard.pass(Check.FLOW_ORDER);
            return;
        }
        long last = seen[0];
        seen[0] = f.index;
        if (last < f.index) {
            scoreboard.pass(Check.FLOW_ORDER);
        } else {
            f.ok &= scoreboard.compare(Check.FLOW_ORDER, false, f.index, f.cycle,
                    "handled after frame of the same flow", String.valueOf(last), "an earlier frame index");
        }
    }

    private static byte[] flowTuple(RxFrame f) {
        byte[] t = f.model.classification().l4Tuple();
        return t != null && t.length > 0 ? t : f.model.classification().l3Tuple();
    }
}
