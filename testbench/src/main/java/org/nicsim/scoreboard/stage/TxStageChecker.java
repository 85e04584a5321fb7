package org.nicsim.scoreboard.stage;

import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;

/**
 * Walks one TX descriptor slot through the TX stages in datapath order — doorbell, descriptor
 * (slot, length, flags), bytes sent — and returns the first stage whose hardware result differs
 * from what the host posted. Written apart from the host and the model: it only reads the stage
 * monitor's records and what the driver wrote.
 */
public final class TxStageChecker {
    private TxStageChecker() {
    }

    /** The first diverging stage up to the descriptor (the frame is not on the wire yet), or null. */
    public static StageFinding beforeSending(TxHardware hw, TxPosted want) {
        TxHardware.Descriptor d = hw.descriptor();
        long cycle = d.cycle();
        if (d.index() != want.index()) {
            return new StageFinding("tx.desc.index", want.source(), cycle, "slot " + d.index(), "slot " + want.index(),
                    "the host's next frame on TX queue " + want.queue());
        }
        TxHardware.Doorbell db = hw.doorbell();
        if (db == null || db.after() != want.doorbellTail()) {
            return new StageFinding("tx.doorbell", want.source(), db == null ? cycle : db.cycle(),
                    db == null ? "no TXQ_TAIL change announced the slot before its descriptor was fetched" : db.toString(),
                    want.doorbellTail() < 0 ? "no doorbell written yet" : "driver wrote TXQ_TAIL[" + want.queue() + "] = "
                            + want.doorbellTail(), where(want));
        }
        if (d.length() != want.length()) {
            return new StageFinding("tx.desc.length", want.source(), cycle, d.length() + " bytes", want.length() + " bytes",
                    where(want) + String.format(", buffer 0x%x", d.address()));
        }
        if (d.flags() != TxHardware.FLAG_RS) {
            return new StageFinding("tx.desc.flags", want.source(), cycle, flagNames(d.flags()), flagNames(TxHardware.FLAG_RS),
                    where(want));
        }
        return null;
    }

    /** The bytes-sent stage of a slot whose earlier stages agreed, or null. */
    public static StageFinding sent(TxHardware.Sent s, TxPosted want) {
        if (s.length() == want.length() && s.digest() == want.digest()) {
            return null;
        }
        return new StageFinding("tx.bytes", want.source(), s.cycle(), describe(s.length(), s.digest()),
                describe(want.length(), want.digest()),
                "TX queue " + want.queue() + " slot " + want.index() + (s.length() == want.length()
                        ? ": same length, different bytes (buffer address or data path)" : ": length differs"));
    }

    /** Built only for a finding: this runs for every frame sent. */
    private static String where(TxPosted want) {
        return "TX queue " + want.queue() + " slot " + want.index();
    }

    static String describe(int length, long digest) {
        return String.format("%d bytes, FNV-1a 0x%016x", length, digest);
    }

    static String flagNames(int flags) {
        return (flags & TxHardware.FLAG_RS) != 0 ? ((flags & TxHardware.FLAG_BAD) != 0 ? "RS, bad (skipped)" : "RS")
                : ((flags & TxHardware.FLAG_BAD) != 0 ? "bad (skipped)" : "no RS");
    }
}
