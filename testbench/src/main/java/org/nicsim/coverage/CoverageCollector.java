package org.nicsim.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.model.netisr.NetisrWorkStats;
import org.nicsim.model.rss.HashType;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunEvent;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Reconfiguration;
import org.nicsim.scenario.RssHashType;
import org.nicsim.scenario.Scenario;

/**
 * Samples {@link FunctionalCoverage} from a run's records and events as they come: frame bytes
 * when offered, the per-frame record when final, doorbells, the transmit trace, driver starts and
 * the netisr counters at the end. It reads nothing of the scoreboard, so a bin is hit by what the
 * run did, whatever the checks concluded.
 */
public final class CoverageCollector implements RunObserver {
    private final Scenario sc;
    private final int enabledTypes;
    private final CoverageCounts counts = new CoverageCounts();
    private final Map<Long, FrameAnatomy> offered = new HashMap<>();
    private final StartCauses causes;
    private final long[] writtenByQueue;
    private final int[] lastTail;
    private final List<long[]> sides = new ArrayList<>();   // per reconfiguration: frames before, after
    private boolean handledAny;

    public CoverageCollector(Scenario scenario) {
        this.sc = scenario;
        List<String> names = new ArrayList<>();
        for (RssHashType t : scenario.rss().hashTypes()) {
            names.add(t.jsonName());
        }
        this.enabledTypes = RssHashTypes.of(names).bits();
        this.causes = new StartCauses(scenario.queues(), scenario.cpus(), scenario.ifq().stageCntMax(),
                scenario.ifq().mtu() - scenario.ifq().maxProtoHdr());
        this.writtenByQueue = new long[scenario.queues()];
        this.lastTail = new int[scenario.queues()];
        for (Reconfiguration r : scenario.reconfigure()) {
            sides.add(new long[2]);
        }
    }

    @Override
    public void event(RunEvent e) {
        if (e instanceof RunEvent.RxOffered o) {
            offered.put(o.index(), FrameAnatomy.of(o.frame(), enabledTypes));
        } else if (e instanceof RunEvent.TxTrace t) {
            trace(t.event());
        } else if (e instanceof RunEvent.DriverStarted d) {
            counts.hit("ifq.start", causes.started(d.queue()));
            if (d.doorbells() > 1) {
                counts.hit("ifq.wreg_split", "split");
            }
            if (d.oactive()) {
                counts.hit("rings.event", "tx_full");
            }
        } else if (e instanceof RunEvent.IfqDrop) {
            counts.hit("fates.fate", "ifq_drop");
        } else if (e instanceof RunEvent.VnetDrop v) {
            counts.hit("netisr.vnet", v.purged() ? "purged" : "refused");
        } else if (e instanceof RunEvent.BusObserved b) {
            bus(b);
        } else if (e instanceof RunEvent.NetisrStatistics n) {
            netisr(n.stats());
        }
    }

    private void trace(TxEvent e) {
        causes.trace(e);
        if (e instanceof TxEvent.Frame f) {
            boolean mask = sc.ifq().mapSubq() == org.nicsim.scenario.MapSubq.MASK;
            if (!mask) {
                counts.hit("ifq.map_subq", "default");
            } else if (f.subqueue() != 0) {
                counts.hit("ifq.map_subq", "mask");
            }
        }
    }

    private void netisr(NetisrWorkStats s) {
        String pd = sc.netisr().policy().name() + "." + sc.netisr().dispatch().name();
        boolean hybrid = sc.netisr().dispatch().name().equals("HYBRID");
        hitNetisr(pd + ".direct", s.dispatched() + s.hybridDispatched());
        hitNetisr(pd + (hybrid ? ".hybrid_queued" : ".queued"), s.queued());
        hitNetisr(pd + ".qdrop", s.qdrops());
        if (s.qlimit() > 0 && s.watermark() >= s.qlimit()) {
            counts.hit("netisr.qlimit", "reached");
        }
    }

    /** Hits a policy.dispatch.outcome bin; DIRECT's policy-free bin is SOURCE.DIRECT. */
    private void hitNetisr(String bin, long n) {
        counts.hit("netisr.outcome", bin.contains(".DIRECT.") ? "SOURCE.DIRECT.direct" : bin, n);
    }

    @Override
    public void packet(PacketRecord r) {
        FrameAnatomy a = offered.remove(r.index());
        if (a == null) {
            throw new IllegalStateException("coverage: packet record " + r.index() + " of a frame never offered");
        }
        counts.hit("fates.fate", r.fate().jsonName());
        boolean written = r.hashType() != null;
        String type = written ? HashType.fromMHashType(r.hashType()).name() : typeOfRule(a);
        counts.hit("rx.class", type + "." + (a.vlan() ? "vlan" : "untagged") + "." + a.anomaly());
        for (String rule : a.rules()) {
            counts.hit("rx.rule", rule);
        }
        if (!written) {
            return;
        }
        int q = r.queue();
        counts.hit("rss.queue", Integer.toString(q));
        if (++writtenByQueue[q] % sc.rxRingSize() == 0) {
            counts.hit("rings.event", "rx_wrap");
        }
        if (r.hashType() == 0) {
            counts.hit("rx.rule", "H9.default_queue");
            if (q == sc.rss().defaultQueue()) {
                counts.hit("rss.default_queue", "used");
            }
        } else {
            counts.hit("rx.rule", "H9.reta");
            counts.hit("rss.reta", Integer.toString(r.bucket()));
        }
        for (int i = 0; i < sides.size(); i++) {
            sides.get(i)[r.index() < sc.reconfigure().get(i).atPacket() ? 0 : 1]++;
        }
        if (r.netisrCpu() != null) {
            handledAny = true;
            boolean selects = sc.netisr().workstreams() > 1 && !sc.netisr().dispatch().name().equals("DIRECT");
            if (r.hashType() == 0 && selects && sc.netisr().policy().name().equals("CPU")) {
                counts.hit("netisr.outcome", "CPU." + sc.netisr().dispatch().name() + ".cpuid_none");
            }
        }
    }

    @Override
    public void doorbell(DoorbellRecord d) {
        if (d.tail() < lastTail[d.queue()]) {
            counts.hit("rings.event", "tx_wrap");
        }
        lastTail[d.queue()] = d.tail();
    }

    /** A bus condition the bridge measured: one hit per frame that saw it, or per read that set a new longest latency. */
    private void bus(RunEvent.BusObserved b) {
        switch (b.kind()) {
            case RX_IDLE_IN_FRAME -> counts.hit("bus.stimulus", "rx_idle_in_frame");
            case TX_STALLED -> counts.hit("bus.stimulus", "tx_backpressure");
            case READ_LATENCY_MAX -> {
                if (b.value() > FunctionalCoverage.LONG_READ_LATENCY) {
                    counts.hit("bus.stimulus", "read_latency_above_" + FunctionalCoverage.LONG_READ_LATENCY);
                }
            }
            default -> { }
        }
    }

    /** The counts, with what is only known at the end of the run (workstreams, reprogramming) added. */
    public CoverageCounts finish() {
        if (handledAny) {
            int w = sc.netisr().workstreams();
            counts.hit("netisr.workstreams", w <= 4 ? Integer.toString(w) : w <= 8 ? "5-8" : "9-64");
        }
        for (int i = 0; i < sides.size(); i++) {
            Reconfiguration r = sc.reconfigure().get(i);
            if (sides.get(i)[0] > 0 && sides.get(i)[1] > 0) {
                if (r.reta().isPresent()) {
                    counts.hit("rss.reprogram", "reta");
                }
                if (r.key().isPresent()) {
                    counts.hit("rss.reprogram", "key");
                }
            }
        }
        handledAny = false;
        sides.replaceAll(s -> new long[2]);
        return counts;
    }

    private static String typeOfRule(FrameAnatomy a) {
        String h = a.rules().get(a.rules().size() - 1);
        return switch (h) {
            case "H2.tcp_ipv4" -> "RSS_TCP_IPV4";
            case "H3.udp_ipv4" -> "RSS_UDP_IPV4";
            case "H4.ipv4" -> "RSS_IPV4";
            case "H5.tcp_ipv6" -> "RSS_TCP_IPV6";
            case "H6.udp_ipv6" -> "RSS_UDP_IPV6";
            case "H7.ipv6" -> "RSS_IPV6";
            default -> "NONE";
        };
    }
}
