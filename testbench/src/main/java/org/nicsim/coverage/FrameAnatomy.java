package org.nicsim.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * What a received frame exercises, read from its bytes: the 802.1Q tag, the anomaly bin and the
 * classification rules (C1..C14, H1..H8) that decide it. Written from the rule text, apart from
 * the model's parser, so coverage does not inherit its mistakes; H9 is sampled from the NIC's
 * write-back.
 *
 * @param vlan    an 802.1Q EtherType was present
 * @param anomaly one of {@link FunctionalCoverage#ANOMALIES}
 * @param rules   the rule bins, in the order they applied
 * @param hashed  the enabled types give the frame a hash (not NONE)
 */
record FrameAnatomy(boolean vlan, String anomaly, List<String> rules, boolean hashed) {
    private static final int TCP = 6;
    private static final int UDP = 17;
    // RSS_HASHTYPE_* enable bits
    private static final int IPV4 = 1 << 1;
    private static final int TCP_IPV4 = 1 << 2;
    private static final int IPV6 = 1 << 3;
    private static final int TCP_IPV6 = 1 << 4;
    private static final int UDP_IPV4 = 1 << 7;
    private static final int UDP_IPV6 = 1 << 9;

    /** The anatomy of {@code f} when the RSS_HASH_TYPES register holds {@code enabled}. */
    static FrameAnatomy of(byte[] f, int enabled) {
        List<String> rules = new ArrayList<>();
        int len = f.length;
        if (len < 14) {
            return malformed(false, "runt", rules, "C1.runt");
        }
        int type = u16(f, 12);
        int o = 14;
        boolean vlan = type == 0x8100;
        if (vlan) {
            if (len < 18) {
                return malformed(true, "malformed", rules, "C2.short_tag");
            }
            rules.add("C2.tag");
            type = u16(f, 16);
            o = 18;
        }
        if (type == 0x0800) {
            return ipv4(f, o, vlan, enabled, rules);
        }
        if (type == 0x86DD) {
            return ipv6(f, o, vlan, enabled, rules);
        }
        rules.add("C3.non_ip");
        rules.add("H1.non_ip");
        return new FrameAnatomy(vlan, "none", rules, false);
    }

    private static FrameAnatomy ipv4(byte[] f, int o, boolean vlan, int enabled, List<String> rules) {
        int len = f.length;
        if (len - o < 20) {
            return malformed(vlan, "malformed", rules, "C4.short");
        }
        int ihl = 4 * (f[o] & 0x0F);
        int tl = u16(f, o + 2);
        String bad = (f[o] & 0xF0) != 0x40 ? "C5.version" : ihl < 20 ? "C6.ihl_below_5"
                : len - o < ihl ? "C6.options_truncated" : tl < ihl ? "C7.below_header" : o + tl > len ? "C7.beyond_frame" : null;
        if (bad != null) {
            return malformed(vlan, "malformed", rules, bad);
        }
        if (ihl > 20) {
            rules.add("C6.options");
        }
        if (o + tl < len) {
            rules.add("C7.padding");
        }
        int frag = u16(f, o + 6);
        int proto = f[o + 9] & 0xFF;
        String anomaly = ihl > 20 ? "ipv4_options" : "none";
        boolean ports = false;
        if ((frag & 0x3FFF) != 0) {
            rules.add("C8.fragment");
            anomaly = (frag & 0x1FFF) == 0 ? "first_fragment" : "later_fragment";
        } else if (proto == TCP || proto == UDP) {
            if (ihl + 4 > tl) {
                return malformed(vlan, "malformed", rules, "C8.ports_truncated");
            }
            rules.add("C8.ports");
            ports = true;
        } else {
            rules.add("C8.other_proto");
        }
        String h = ports && proto == TCP && (enabled & TCP_IPV4) != 0 ? "H2.tcp_ipv4"
                : ports && proto == UDP && (enabled & UDP_IPV4) != 0 ? "H3.udp_ipv4"
                : (enabled & IPV4) != 0 ? "H4.ipv4" : "H8.disabled";
        return typed(vlan, anomaly, rules, h, ports);
    }

    private static FrameAnatomy ipv6(byte[] f, int o, boolean vlan, int enabled, List<String> rules) {
        int len = f.length;
        if (len - o < 40) {
            return malformed(vlan, "malformed", rules, "C9.short");
        }
        int pl = u16(f, o + 4);
        String bad = (f[o] & 0xF0) != 0x60 ? "C10.version" : o + 40 + pl > len ? "C11.beyond_frame" : null;
        if (bad != null) {
            return malformed(vlan, "malformed", rules, bad);
        }
        if (o + 40 + pl < len) {
            rules.add("C11.padding");
        }
        int next = f[o + 6] & 0xFF;
        boolean ports = false;
        String anomaly = "none";
        if (next == TCP || next == UDP) {
            if (pl < 4) {
                return malformed(vlan, "malformed", rules, "C12.ports_truncated");
            }
            rules.add("C12.ports");
            ports = true;
        } else if (next == 0 || next == 43 || next == 44 || next == 50 || next == 51 || next == 60) {
            rules.add("C12.ext_header");
            anomaly = "ipv6_ext";
        }
        String h = ports && next == TCP && (enabled & TCP_IPV6) != 0 ? "H5.tcp_ipv6"
                : ports && next == UDP && (enabled & UDP_IPV6) != 0 ? "H6.udp_ipv6"
                : (enabled & IPV6) != 0 ? "H7.ipv6" : "H8.disabled";
        return typed(vlan, anomaly, rules, h, ports);
    }

    /** Ports read but their L4 type disabled: the flags still say TCP/UDP (C14). */
    private static FrameAnatomy typed(boolean vlan, String anomaly, List<String> rules, String h, boolean ports) {
        boolean l4Hash = h.startsWith("H2") || h.startsWith("H3") || h.startsWith("H5") || h.startsWith("H6");
        if (ports && !l4Hash) {
            rules.add("C14.flags_without_type");
        }
        rules.add(h);
        boolean none = h.equals("H8.disabled");
        return new FrameAnatomy(vlan, none ? "type_disabled" : anomaly, rules, !none);
    }

    private static FrameAnatomy malformed(boolean vlan, String anomaly, List<String> rules, String rule) {
        rules.add(rule);
        rules.add("C13.malformed");
        rules.add("H1.malformed");
        return new FrameAnatomy(vlan, anomaly, rules, false);
    }

    private static int u16(byte[] f, int i) {
        return (f[i] & 0xFF) << 8 | (f[i + 1] & 0xFF);
    }
}
