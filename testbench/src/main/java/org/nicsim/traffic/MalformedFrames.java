package org.nicsim.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.InternetChecksum;

/**
 * Turns a flow's well-formed frame into one that breaks a single classification rule (the
 * {@link FrameKind#rule()} of its kind). IPv4 header edits keep the header checksum right, so the
 * frame is wrong only in the way its kind says.
 */
final class MalformedFrames {
    private static final Map<FlowFamily, List<FrameKind>> APPLICABLE = applicable();

    private final FrameFactory factory;

    MalformedFrames(FrameFactory factory) {
        this.factory = factory;
    }

    /** The malformed kinds a flow of this family can produce. */
    static List<FrameKind> kindsFor(FlowFamily family) {
        return APPLICABLE.get(family);
    }

    /** Whether the frame of this kind still carries a complete tag when {@code vlan} was drawn. */
    static boolean keepsVlan(FrameKind kind, boolean vlan) {
        return vlan && kind != FrameKind.RUNT && kind != FrameKind.VLAN_TRUNCATED;
    }

    byte[] make(FrameKind kind, Flow f, boolean vlan, int target, SplitMix64 r) {
        int o = FrameFactory.l3Offset(vlan);
        return switch (kind) {
            case RUNT -> Arrays.copyOf(factory.unfragmented(f, false, target, r, -1), r.nextInt(1, 13));
            case VLAN_TRUNCATED -> Arrays.copyOf(factory.unfragmented(f, true, target, r, -1), r.nextInt(14, 17));
            case IPV4_TRUNCATED -> Arrays.copyOf(factory.unfragmented(f, vlan, target, r, -1), o + r.nextInt(0, 19));
            case IPV4_BAD_VERSION -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int header = ipv4HeaderLength(b, o);
                int v = r.nextInt(0, 14);
                b[o] = (byte) (((v >= 4 ? v + 1 : v) << 4) | (b[o] & 0x0F));
                yield refreshChecksum(b, o, header);
            }
            case IPV4_IHL_BELOW_5 -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, 0);
                b[o] = (byte) (0x40 | r.nextInt(0, 4));
                yield refreshChecksum(b, o, 20);
            }
            case IPV4_OPTIONS_TRUNCATED -> {
                int words = r.nextInt(1, 10);
                byte[] b = factory.unfragmented(f, vlan, target, r, words);
                // ends inside the options: at least the 20 fixed bytes, fewer than 4*IHL
                yield Arrays.copyOf(b, o + 20 + r.nextInt(0, 4 * words - 1));
            }
            case IPV4_TOTAL_LENGTH_BELOW_HEADER -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int header = ipv4HeaderLength(b, o);
                putU16(b, o + 2, r.nextInt(0, header - 1));
                yield refreshChecksum(b, o, header);
            }
            case IPV4_TOTAL_LENGTH_BEYOND_FRAME -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int header = ipv4HeaderLength(b, o);
                putU16(b, o + 2, r.nextInt(b.length - o + 1, 0xFFFF));
                yield refreshChecksum(b, o, header);
            }
            case IPV4_PORTS_TRUNCATED -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int header = ipv4HeaderLength(b, o);
                int totalLength = header + r.nextInt(0, 3);
                putU16(b, o + 2, totalLength);
                refreshChecksum(b, o, header);
                yield cutAndPad(b, o + totalLength);
            }
            case IPV6_TRUNCATED -> Arrays.copyOf(factory.unfragmented(f, vlan, target, r, -1), o + r.nextInt(0, 39));
            case IPV6_BAD_VERSION -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int v = r.nextInt(0, 14);
                b[o] = (byte) (((v >= 6 ? v + 1 : v) << 4) | (b[o] & 0x0F));
                yield b;
            }
            case IPV6_PAYLOAD_BEYOND_FRAME -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                putU16(b, o + 4, r.nextInt(b.length - o - 40 + 1, 0xFFFF));
                yield b;
            }
            case IPV6_PORTS_TRUNCATED -> {
                byte[] b = factory.unfragmented(f, vlan, target, r, -1);
                int payloadLength = r.nextInt(0, 3);
                putU16(b, o + 4, payloadLength);
                yield cutAndPad(b, o + 40 + payloadLength);
            }
            default -> throw new IllegalArgumentException("not a malformed kind: " + kind);
        };
    }

    private static int ipv4HeaderLength(byte[] b, int o) {
        return 4 * (b[o] & 0x0F);
    }

    /** Recomputes the IPv4 header checksum over the {@code header} bytes actually present. */
    private static byte[] refreshChecksum(byte[] b, int o, int header) {
        putU16(b, o + 10, 0);
        putU16(b, o + 10, InternetChecksum.of(b, o, header));
        return b;
    }

    /** Keeps the first {@code end} bytes, then zero padding up to the 60-byte minimum. */
    private static byte[] cutAndPad(byte[] b, int end) {
        byte[] out = new byte[Math.max(end, FrameBuilder.MIN_FRAME)];
        System.arraycopy(b, 0, out, 0, end);
        return out;
    }

    private static void putU16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static Map<FlowFamily, List<FrameKind>> applicable() {
        List<FrameKind> any = List.of(FrameKind.RUNT, FrameKind.VLAN_TRUNCATED);
        List<FrameKind> v4 = List.of(FrameKind.IPV4_TRUNCATED, FrameKind.IPV4_BAD_VERSION, FrameKind.IPV4_IHL_BELOW_5,
                FrameKind.IPV4_OPTIONS_TRUNCATED, FrameKind.IPV4_TOTAL_LENGTH_BELOW_HEADER,
                FrameKind.IPV4_TOTAL_LENGTH_BEYOND_FRAME);
        List<FrameKind> v6 = List.of(FrameKind.IPV6_TRUNCATED, FrameKind.IPV6_BAD_VERSION,
                FrameKind.IPV6_PAYLOAD_BEYOND_FRAME);
        Map<FlowFamily, List<FrameKind>> m = new EnumMap<>(FlowFamily.class);
        for (FlowFamily fam : FlowFamily.values()) {
            List<FrameKind> kinds = new ArrayList<>(any);
            if (fam.ipVersion() == 4) {
                kinds.addAll(v4);
                if (fam.hasPorts()) {
                    kinds.add(FrameKind.IPV4_PORTS_TRUNCATED);
                }
            } else if (fam.ipVersion() == 6) {
                kinds.addAll(v6);
                if (fam.hasPorts()) {
                    kinds.add(FrameKind.IPV6_PORTS_TRUNCATED);
                }
            }
            m.put(fam, List.copyOf(kinds));
        }
        return m;
    }
}
