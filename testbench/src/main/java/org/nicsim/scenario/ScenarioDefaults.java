package org.nicsim.scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documented default of every scenario field (docs/scenario.md). {@code workstreams}
 * defaults to {@code cpus}; an explicit {@code traffic.mix} counts omitted kinds as 0.
 */
public final class ScenarioDefaults {

    private ScenarioDefaults() {
    }

    public static final String NAME = "default";
    public static final String DESCRIPTION = "";
    public static final long SEED = 1;
    public static final int CPUS = 4;
    public static final int QUEUES = 4;
    /** Microsoft's RSS verification key, also FreeBSD's {@code rss_key}. */
    public static final String RSS_KEY =
            "6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa";
    public static final Set<RssHashType> HASH_TYPES = java.util.Collections.unmodifiableSet(EnumSet.allOf(RssHashType.class));
    public static final int DEFAULT_QUEUE = 0;
    public static final int RING_MAP_OFFSET = 0;
    public static final NetisrPolicy POLICY = NetisrPolicy.CPU;
    public static final NetisrDispatch DISPATCH = NetisrDispatch.HYBRID;
    public static final int QLIMIT = 256;
    public static final int IF_INDEX = 1;
    public static final int STAGE_CNT_MAX = 4;
    public static final int MTU = 1500;
    public static final int MAX_PROTO_HDR = 40;
    public static final MapSubq MAP_SUBQ = MapSubq.DEFAULT;
    public static final int TX_WREG_NSEGS = 0;
    public static final long PACKETS = 10000;
    /** Quiet cycles with work pending before the run is declared stalled. */
    public static final long STALL_CYCLES = 200_000;
    public static final int FLOWS = 64;
    public static final TrafficMix MIX = new TrafficMix(0.4, 0.2, 0.2, 0.1, 0.1);
    public static final SizeRange SIZES = new SizeRange(64, 1514);
    public static final double VLAN = 0.0;
    public static final double FRAGMENTS = 0.0;
    public static final double MALFORMED = 0.0;
    public static final App APP = App.FORWARD;
    public static final int RX_BUFFERS = 256;
    public static final int RX_RING_SIZE = 512;
    public static final int TX_RING_SIZE = 1024;
    public static final WaveSpec WAVE = WaveSpec.off();
    public static final boolean EXPECT_DROPS = false;
    /** 0: every RX buffer sized for the longest frame the scenario sends. */
    public static final int RX_BUFFER_SIZE = 0;
    public static final int TX_DATA_OFFSET = 0;
}
