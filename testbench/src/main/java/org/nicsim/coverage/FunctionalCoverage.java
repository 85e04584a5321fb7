package org.nicsim.coverage;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nicsim.model.rss.HashType;

/**
 * The functional coverage of a run, defined once: every coverpoint, bin and exclusion (with its
 * reason). {@code docs/coverage.md} explains them; {@code CoverageCollector} samples them.
 */
public final class FunctionalCoverage {
    public static final List<String> HASH_TYPES = Arrays.stream(HashType.values()).map(Enum::name).toList();
    public static final List<String> TAGS = List.of("untagged", "vlan");
    public static final List<String> ANOMALIES = List.of("none", "ipv4_options", "first_fragment", "later_fragment",
            "ipv6_ext", "malformed", "runt", "type_disabled");
    /** Classification rules (package {@code org.nicsim.model.rss}), split where one rule has several outcomes. */
    public static final List<String> RULES = List.of("C1.runt", "C2.tag", "C2.short_tag", "C3.non_ip", "C4.short",
            "C5.version", "C6.ihl_below_5", "C6.options_truncated", "C6.options", "C7.below_header", "C7.beyond_frame",
            "C7.padding", "C8.fragment", "C8.ports", "C8.ports_truncated", "C8.other_proto", "C9.short", "C10.version",
            "C11.beyond_frame", "C11.padding", "C12.ext_header", "C12.ports", "C12.ports_truncated", "C13.malformed",
            "C14.flags_without_type", "H1.malformed", "H1.non_ip", "H2.tcp_ipv4", "H3.udp_ipv4", "H4.ipv4",
            "H5.tcp_ipv6", "H6.udp_ipv6", "H7.ipv6", "H8.disabled", "H9.default_queue", "H9.reta");
    public static final List<String> POLICIES = List.of("SOURCE", "FLOW", "CPU");
    public static final List<String> DISPATCHES = List.of("DIRECT", "HYBRID", "DEFERRED");
    public static final List<String> OUTCOMES = List.of("direct", "queued", "qdrop", "hybrid_queued", "cpuid_none");
    /** Workstream counts; above 4 in ranges (the formulas only care about small counts and non-powers of two). */
    public static final List<String> WORKSTREAMS = List.of("1", "2", "3", "4", "5-8", "9-64");
    public static final List<String> START_CAUSES = List.of("stage_cntmax", "byte_limit", "full_size_frame", "rollup",
            "subqueue_full", "completion_restart", "not_netisr");
    public static final List<String> FATES = List.of("delivered", "nobuf", "error", "qdrop", "vnet", "ifq_drop");
    /** Host-memory read latency (cycles) above which the latency bin counts as hit. */
    public static final int LONG_READ_LATENCY = 32;
    public static final int NIC_QUEUES = 16;
    public static final int RETA_ENTRIES = 128;

    private static final Set<String> IPV4_TYPES = Set.of("RSS_IPV4", "RSS_TCP_IPV4", "RSS_UDP_IPV4");

    private static final List<Coverpoint> POINTS = new CoverageSpace()
            .point("rx", "rx.class", "written-back M_HASHTYPE x 802.1Q tag x what is unusual about the frame",
                    CoverageSpace.cross(HASH_TYPES, TAGS, ANOMALIES), FunctionalCoverage::classExclusion)
            .point("rx", "rx.rule", "the classification (C) and hash-type (H) rules that decided each frame", RULES)
            .point("rss", "rss.queue", "RX queue a frame was written back on (all 16 of the NIC)",
                    CoverageSpace.range(0, NIC_QUEUES - 1))
            .point("rss", "rss.reta", "RETA entry (hash & 127) that placed a hashed frame",
                    CoverageSpace.range(0, RETA_ENTRIES - 1))
            .point("rss", "rss.default_queue", "a frame without hash type went to DEFAULT_QUEUE", List.of("used"))
            .point("rss", "rss.reprogram", "RETA or key rewritten during traffic, frames written back on both sides",
                    List.of("reta", "key"))
            .point("netisr", "netisr.outcome", "policy x dispatch x what netisr did with a packet",
                    CoverageSpace.cross(POLICIES, DISPATCHES, OUTCOMES), FunctionalCoverage::netisrExclusion)
            .point("netisr", "netisr.qlimit", "a workstream queue held qlimit packets", List.of("reached"))
            .point("netisr", "netisr.vnet", "netisr_unregister_vnet during traffic: a queued packet purged, an arriving one refused",
                    List.of("purged", "refused"))
            .point("netisr", "netisr.workstreams", "number of netisr workstreams of a run that handled packets", WORKSTREAMS)
            .point("ifq", "ifq.start", "what made ifq start the driver (if_start)", START_CAUSES,
                    FunctionalCoverage::startExclusion)
            .point("ifq", "ifq.map_subq", "subqueue mapping that carried a frame (mask: on a subqueue other than 0)",
                    List.of("default", "mask"))
            .point("ifq", "ifq.wreg_split", "tx_wreg_nsegs split one if_start into several tail writes", List.of("split"))
            .point("fates", "fates.fate", "final fate of a frame", FATES)
            .point("rings", "rings.event", "descriptor ring events", List.of("rx_wrap", "tx_wrap", "tx_full"))
            .point("bus", "bus.stimulus", "bus conditions the NIC saw", List.of("rx_idle_in_frame", "tx_backpressure",
                    "read_latency_above_" + LONG_READ_LATENCY))
            .build();

    private FunctionalCoverage() {
    }

    /** Every coverpoint, in report order. */
    public static List<Coverpoint> points() {
        return POINTS;
    }

    /** Groups in report order. */
    public static List<String> groups() {
        return POINTS.stream().map(Coverpoint::group).distinct().toList();
    }

    /** The coverpoint named {@code name}. */
    public static Coverpoint point(String name) {
        return POINTS.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no coverpoint " + name));
    }

    private static String classExclusion(String bin) {
        String[] p = bin.split("\\.");
        String type = p[0];
        String tag = p[1];
        String anomaly = p[2];
        return switch (anomaly) {
            case "none" -> null;
            case "ipv4_options" -> IPV4_TYPES.contains(type) ? null : "IPv4 options give an IPv4 hash type (H2..H4)";
            case "first_fragment", "later_fragment" -> type.equals("RSS_IPV4") ? null
                    : "a fragment is L3-only (C8): IPV4 when enabled, otherwise counted as type_disabled";
            case "ipv6_ext" -> type.equals("RSS_IPV6") ? null : "an IPv6 extension header makes the frame L3-only (C12)";
            case "malformed" -> type.equals("NONE") ? null : "a malformed frame has hash type NONE (H1)";
            case "type_disabled" -> type.equals("NONE") ? null : "type_disabled means the frame fell back to NONE (H8)";
            case "runt" -> !type.equals("NONE") ? "a runt has hash type NONE (H1)"
                    : tag.equals("vlan") ? "a runt (< 14 bytes) has no EtherType, so no tag" : null;
            default -> throw new IllegalStateException(anomaly);
        };
    }

    private static String startExclusion(String bin) {
        return switch (bin) {
            case "not_netisr" -> "every transmit of the co-simulation runs in a netisr thread (ring service and"
                    + " workers), so ifq_dispatch outside netisr never happens";
            case "subqueue_full" -> "ifq_set_maxlen adds ncpus x stage_cntmax to the ring's length: a subqueue that"
                    + " is neither started nor oactive holds only staged frames (fewer than that), and TX completions"
                    + " restart output as they clear oactive, so a full subqueue is always oactive or started and"
                    + " ifq_dispatch never starts the driver because of it (the frame is dropped: ifq_drop)";
            default -> null;
        };
    }

    private static String netisrExclusion(String bin) {
        String[] p = bin.split("\\.");
        String policy = p[0];
        String dispatch = p[1];
        String outcome = p[2];
        if (dispatch.equals("DIRECT")) {
            if (!outcome.equals("direct")) {
                return "DIRECT runs the handler in the caller's thread: it never selects a CPU nor queues";
            }
            return policy.equals("SOURCE") ? null : "DIRECT ignores the policy; SOURCE.DIRECT.direct stands for all three";
        }
        if (outcome.equals("cpuid_none") && !policy.equals("CPU")) {
            return "only policy CPU asks the protocol's m2cpuid, which may answer NETISR_CPUID_NONE";
        }
        if (dispatch.equals("DEFERRED")) {
            return switch (outcome) {
                case "direct" -> "DEFERRED always queues";
                case "hybrid_queued" -> "only HYBRID falls back to a queue";
                default -> null;
            };
        }
        return outcome.equals("queued") ? "under HYBRID every queued packet is a fallback, counted as hybrid_queued" : null;
    }
}
