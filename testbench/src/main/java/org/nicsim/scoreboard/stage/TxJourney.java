package org.nicsim.scoreboard.stage;

import java.util.Locale;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;

/**
 * The transmit half of a frame's journey as text, in the layout of {@link FrameJourney}: the
 * doorbell that carried the frame out, the descriptor the NIC fetched, and the bytes it sent, each
 * beside what the host posted in that slot. The first diverging stage is marked.
 */
public final class TxJourney {
    private TxJourney() {
    }

    /**
     * @param hw     the stage monitor's records of the slot that carried the frame
     * @param posted what the host put into that slot
     * @param first  the slot's first diverging TX stage, or null
     */
    public static String render(TxHardware hw, TxPosted posted, StageFinding first) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%ntransmitted on TX queue %d, slot %d%n", posted.queue(), posted.index()));
        String at = first == null ? "" : first.stage();
        TxHardware.Doorbell db = hw.doorbell();
        FrameJourney.row(sb, "tx.doorbell", at, db == null ? "-" : db.toString(),
                posted.doorbellTail() < 0 ? "no doorbell written" : "driver wrote TXQ_TAIL[" + posted.queue() + "] = "
                        + posted.doorbellTail());
        TxHardware.Descriptor d = hw.descriptor();
        FrameJourney.row(sb, "tx.desc.index", at, d == null ? "-" : "slot " + d.index(), "slot " + posted.index());
        FrameJourney.row(sb, "tx.desc.length", at, d == null ? "-" : String.format(Locale.ROOT, "%d bytes, buffer 0x%x",
                d.length(), d.address()), posted.length() + " bytes");
        FrameJourney.row(sb, "tx.desc.flags", at, d == null ? "-" : TxStageChecker.flagNames(d.flags()),
                TxStageChecker.flagNames(TxHardware.FLAG_RS));
        TxHardware.Sent s = hw.sent();
        FrameJourney.row(sb, "tx.bytes", at, s == null ? "not sent" : TxStageChecker.describe(s.length(), s.digest())
                + " at cycle " + s.cycle(), TxStageChecker.describe(posted.length(), posted.digest()));
        sb.append(first == null ? "every recorded TX stage agrees with what the host posted\n"
                : "first diverging TX stage: " + first + "\n");
        return sb.toString();
    }
}
