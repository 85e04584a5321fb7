package org.nicsim.scoreboard.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nicsim.model.rss.Classification;
import org.nicsim.model.rss.L3Kind;
import org.nicsim.model.rss.L4Kind;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.StageFinding;

/**
 * One frame's way through the NIC as text, stage by stage, the RTL's result above the model's:
 * the bytes with their header fields, then parser, hash, RETA, DMA, ring and netisr. The first
 * diverging stage is marked; every stage after it differs as a consequence.
 */
public final class FrameJourney {
    private static final String MARK = "   <== first diverging stage";
    private static final int DUMP_BYTES = 80;

    private FrameJourney() {
    }

    /**
     * @param hw           the stage monitor's records (null: none seen)
     * @param model        the model's placement (null: the frame was not written back)
     * @param modelRingCpu the CPU the model services the model's queue on
     * @param record       the frame's final record (hardware values and fate)
     * @param first        the first diverging stage, or null
     * @param netisr       the netisr model's CPU and why, under the scenario's policy and dispatch
     */
    public static String render(long frame, byte[] bytes, HardwareStages hw, RssPlacement model, int modelRingCpu,
                                PacketRecord record, StageFinding first, String netisr) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "frame %d: %d bytes, fate %s%s%n", frame, bytes.length, record.fate(),
                record.ok() ? "" : " (failed checks)"));
        dump(sb, bytes);
        if (model != null) {
            sb.append("  fields: ").append(String.join(", ", fields(model.classification(), bytes))).append('\n');
        }
        sb.append('\n');
        String at = first == null ? "" : first.stage();
        HardwareStages.Parser p = hw == null ? null : hw.parser();
        if (model == null) {
            sb.append("the frame was not written back: no stage comparison (see its fate)\n");
            return sb.toString();
        }
        Classification c = model.classification();
        byte[] tuple = c.l4() != L4Kind.NONE ? c.l4Tuple() : c.l3Tuple();
        row(sb, "rx.parser.flags", at, p == null ? "-" : hex2(p.flags() & ~1) + " " + FrameFields.flagNames(p.flags() & ~1),
                hex2(c.flags()) + " " + FrameFields.flagNames(c.flags()));
        row(sb, "rx.parser.vlan", at, p == null ? "-" : "TCI " + p.vlanTci(), "TCI " + c.vlanTci());
        row(sb, "rx.parser.tuple", at, p == null ? "-" : FrameFields.hex(Arrays.copyOf(p.tuple(), tuple.length)),
                FrameFields.hex(tuple));
        row(sb, "rx.hash.type", at, p == null ? "-" : hex2(p.hashType()),
                hex2(model.hashType().mHashType()) + " (" + model.hashType() + ")");
        row(sb, "rx.hash.input", at, p == null ? "-" : p.inputLength() + " bytes",
                model.hashType().inputLength() + " bytes: " + FrameFields.hex(model.hashInput()));
        row(sb, "rx.hash.toeplitz", at, hw == null || hw.hash() == null ? "-" : String.format("0x%08x", hw.hash().hash()),
                String.format("0x%08x", model.unsignedHash()));
        row(sb, "rx.reta.bucket", at, hw == null || hw.reta() == null ? "-" : String.valueOf(hw.reta().bucket()),
                model.bucket() < 0 ? "none (no hash)" : String.valueOf(model.bucket()));
        row(sb, "rx.reta.queue", at, hw == null || hw.reta() == null ? "-" : String.valueOf(hw.reta().queue()),
                String.valueOf(model.queue()));
        HardwareStages.Dma d = hw == null ? null : hw.dma();
        row(sb, "rx.dma.address", at, d == null ? "-" : String.format("descriptor 0x%x, data at 0x%x", d.descriptor(),
                d.data()), d == null ? "-" : String.format("the descriptor's buffer 0x%x", d.buffer()));
        row(sb, "rx.ringCpu", "", str(record.ringCpu()), String.valueOf(modelRingCpu));
        row(sb, "netisr.cpu", "", str(record.netisrCpu()), netisr);
        sb.append('\n').append(first == null ? "every recorded stage agrees with the model\n"
                : "first diverging stage: " + first + "\n");
        return sb.toString();
    }

    static void row(StringBuilder sb, String stage, String at, String hardware, String model) {
        sb.append(String.format(Locale.ROOT, "%-18s hardware %s%s%n", stage, hardware, stage.equals(at) ? MARK : ""));
        sb.append(String.format(Locale.ROOT, "%-18s model    %s%n", "", model));
    }

    /** The headers' bytes (the first {@link #DUMP_BYTES}): the payload plays no part in placement. */
    private static void dump(StringBuilder sb, byte[] b) {
        int n = Math.min(b.length, DUMP_BYTES);
        for (int i = 0; i < n; i += 16) {
            sb.append(String.format(Locale.ROOT, "  %04x  %s%n", i,
                    FrameFields.hex(Arrays.copyOfRange(b, i, Math.min(n, i + 16)))));
        }
        if (b.length > n) {
            sb.append(String.format(Locale.ROOT, "  ...   %d more payload bytes%n", b.length - n));
        }
    }

    /** Header fields as byte ranges, from the model's classification (what the parser should read). */
    static List<String> fields(Classification c, byte[] b) {
        List<String> f = new ArrayList<>();
        f.add("destination MAC 0-5");
        f.add("source MAC 6-11");
        int o = c.l3Offset();
        if (o < 0) {
            return f;
        }
        if (o == 18) {
            f.add("802.1Q tag 12-15 (TCI 14-15)");
        }
        f.add(String.format(Locale.ROOT, "EtherType %d-%d", o - 2, o - 1));
        int l4 = -1;
        if (c.l3() == L3Kind.IPV4 && b.length >= o + 20) {
            f.add(String.format(Locale.ROOT, "IPv4 header %d-%d: protocol %d, source address %d-%d, destination address %d-%d",
                    o, o + 4 * (b[o] & 0xF) - 1, o + 9, o + 12, o + 15, o + 16, o + 19));
            l4 = o + 4 * (b[o] & 0xF);
        } else if (c.l3() == L3Kind.IPV6 && b.length >= o + 40) {
            f.add(String.format(Locale.ROOT, "IPv6 header %d-%d: next header %d, source address %d-%d, destination address %d-%d",
                    o, o + 39, o + 6, o + 8, o + 23, o + 24, o + 39));
            l4 = o + 40;
        }
        if (c.l4() != L4Kind.NONE && l4 >= 0) {
            f.add(String.format(Locale.ROOT, "%s source port %d-%d, destination port %d-%d", c.l4(), l4, l4 + 1, l4 + 2,
                    l4 + 3));
        }
        return f;
    }

    private static String hex2(int v) {
        return String.format("0x%02x", v);
    }

    private static String str(Integer v) {
        return v == null ? "-" : String.valueOf(v);
    }
}
