package org.nicsim.scoreboard;

import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;

/**
 * The bus rules the bridge's models watch: every AXI protocol violation the NIC commits (VALID
 * dropped or payload changed before READY, WLAST misplaced) and every MMIO access the NIC answers
 * with an error response is a mismatch. A run with neither passes once for each.
 */
final class BusProtocolCheck {
    private final Scoreboard scoreboard;
    private long axiViolations;
    private long mmioErrors;

    BusProtocolCheck(Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
    }

    void observed(BridgeEvent e) {
        if (e.kind() == EventKind.AXI_PROTOCOL) {
            axiViolations++;
            scoreboard.fail(new Mismatch(Check.BUS_PROTOCOL, -1, e.cycle(), "AXI rule " + e.detail()
                    + " (" + rule(e.detail()) + ")", "violated at address 0x" + Long.toHexString(e.value()), "kept"));
        } else if (e.kind() == EventKind.MMIO_ERROR) {
            mmioErrors++;
            scoreboard.fail(new Mismatch(Check.BUS_PROTOCOL, -1, e.cycle(), "MMIO response at 0x"
                    + Long.toHexString(e.value()), "resp " + e.detail(), "0 (OKAY)"));
        }
    }

    void finish() {
        if (axiViolations == 0) {
            scoreboard.pass(Check.BUS_PROTOCOL);
        }
        if (mmioErrors == 0) {
            scoreboard.pass(Check.BUS_PROTOCOL);
        }
    }

    private static String rule(int detail) {
        return switch (detail) {
            case 1 -> "AW: VALID dropped or payload changed before READY";
            case 2 -> "AR: VALID dropped or payload changed before READY";
            case 3 -> "W: VALID dropped or payload changed before READY";
            case 4 -> "WLAST not on the burst's last beat";
            case 5 -> "TX stream: TVALID dropped or payload changed before TREADY";
            default -> "unknown rule";
        };
    }
}
