package org.nicsim.scoreboard;

import java.util.List;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.scenario.VnetChange;

/**
 * The VIMAGE rule of netisr(9): once a vnet unregisters a protocol, its queued packets are purged
 * and new ones freed, and none is handled until it registers again. Which protocols are off is
 * worked out here from the scenario's changes, apart from the host stack that applies them.
 */
final class VnetCheck {
    private final List<VnetChange> changes;
    private final boolean[] off = new boolean[NetisrProto.NETISR_MAXPROT];
    private final Scoreboard scoreboard;
    private int next;

    VnetCheck(List<VnetChange> changes, Scoreboard scoreboard) {
        this.changes = changes;
        this.scoreboard = scoreboard;
    }

    /** Every change whose frame has been offered ({@code atPacket < offered}) is in force. */
    void advance(long offered) {
        while (next < changes.size() && changes.get(next).atPacket() < offered) {
            VnetChange v = changes.get(next++);
            off[v.protocol().proto()] = !v.enabled();
        }
    }

    /** netisr freed {@code f} for its vnet: right only while the frame's protocol is off. */
    void dropped(RxFrame f, long cycle) {
        f.ok &= scoreboard.expect(Check.RX_FATE, f.index, cycle, "vnet drop of protocol", f.proto,
                off[f.proto] ? f.proto : -1);
    }

    /** A handler took {@code f}: wrong while its protocol is off. */
    void handled(RxFrame f) {
        if (off[f.proto]) {
            f.ok &= scoreboard.compare(Check.RX_FATE, false, f.index, f.cycle, "handled with its protocol off in the vnet",
                    "handled", "vnet drop");
        }
    }
}
