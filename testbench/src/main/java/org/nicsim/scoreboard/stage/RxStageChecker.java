package org.nicsim.scoreboard.stage;

import java.util.Arrays;
import org.nicsim.model.rss.Classification;
import org.nicsim.model.rss.L4Kind;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.StageFinding;

/**
 * Walks one frame through the RX stages in datapath order — parser flags, VLAN, tuple, hash type,
 * hash input length, Toeplitz, RETA bucket, queue, DMA address — and returns the first stage whose
 * hardware result differs from the model's. Later stages are not compared: their difference is a
 * consequence of the first one. Written apart from the model: it only reads the model's
 * intermediates and the stage monitor's records.
 */
public final class RxStageChecker {
    private RxStageChecker() {
    }

    /** The first diverging stage of frame {@code hw.seq()}, or null when every recorded stage agrees. */
    public static StageFinding firstDivergence(HardwareStages hw, RssPlacement model) {
        long f = hw.seq();
        Classification c = model.classification();
        HardwareStages.Parser p = hw.parser();
        if (p != null) {
            int hwFlags = p.flags() & ~1;
            if (hwFlags != c.flags()) {
                return new StageFinding("rx.parser.flags", f, p.cycle(), hex2(hwFlags) + " " + FrameFields.flagNames(hwFlags),
                        hex2(c.flags()) + " " + FrameFields.flagNames(c.flags()), "");
            }
            if (p.vlanTci() != c.vlanTci()) {
                return new StageFinding("rx.parser.vlan", f, p.cycle(), "TCI " + hex4(p.vlanTci()), "TCI " + hex4(c.vlanTci()), "");
            }
            byte[] want = c.l4() != L4Kind.NONE ? c.l4Tuple() : c.l3Tuple();
            int at = p.tupleMismatch(want);
            if (at >= 0) {
                byte[] got = Arrays.copyOf(p.tuple(), want.length);
                return new StageFinding("rx.parser.tuple", f, p.cycle(), FrameFields.hex(got) + " (" + got.length + " bytes)",
                        FrameFields.hex(want) + " (" + want.length + " bytes)",
                        "differ at byte " + at + " (" + FrameFields.tupleField(want.length, at) + ")");
            }
            int type = model.hashType().mHashType();
            if (p.hashType() != type) {
                return new StageFinding("rx.hash.type", f, p.cycle(), "M_HASHTYPE " + hex2(p.hashType()),
                        "M_HASHTYPE " + hex2(type) + " (" + model.hashType() + ")", "");
            }
            int len = model.hashType().inputLength();
            if (p.inputLength() != len) {
                return new StageFinding("rx.hash.input", f, p.cycle(), p.inputLength() + " bytes", len + " bytes",
                        "hash input length for " + model.hashType() + "; model input " + FrameFields.hex(model.hashInput()));
            }
        }
        HardwareStages.Hash h = hw.hash();
        if (h != null && h.hash() != model.unsignedHash()) {
            return new StageFinding("rx.hash.toeplitz", f, h.cycle(), String.format("0x%08x", h.hash()),
                    String.format("0x%08x", model.unsignedHash()),
                    "same input (" + model.hashInput().length + " bytes), different hash: key or key window");
        }
        HardwareStages.Reta r = hw.reta();
        if (r != null) {
            if (model.bucket() >= 0 && r.bucket() != model.bucket()) {
                return new StageFinding("rx.reta.bucket", f, r.cycle(), "bucket " + r.bucket(),
                        "bucket " + model.bucket(), "hash & 127 of 0x" + Long.toHexString(model.unsignedHash()));
            }
            if (r.queue() != model.queue()) {
                return new StageFinding("rx.reta.queue", f, r.cycle(), "queue " + r.queue(), "queue " + model.queue(),
                        model.bucket() >= 0 ? "RETA[" + model.bucket() + "]" : "default queue (no hash)");
            }
        }
        HardwareStages.Dma d = hw.dma();
        if (d != null && d.data() != d.buffer()) {
            return new StageFinding("rx.dma.address", f, d.cycle(), String.format("data written at 0x%x", d.data()),
                    String.format("buffer 0x%x", d.buffer()),
                    String.format("descriptor at 0x%x on queue %d", d.descriptor(), d.queue()));
        }
        return null;
    }

    private static String hex2(int v) {
        return String.format("0x%02x", v);
    }

    private static String hex4(int v) {
        return String.format("0x%04x", v);
    }
}
