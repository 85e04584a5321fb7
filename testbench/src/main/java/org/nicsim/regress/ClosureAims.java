package org.nicsim.regress;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a scenario must look like to have a chance at one bin: the knobs of a random
 * {@link ClosureGenerator.Draw} that the bin depends on, pinned (the others stay random). The
 * rules follow the sampling in {@code CoverageCollector} and the meaning of each bin in
 * {@code docs/coverage.md}; a bin with no rule is aimed at by the random draw alone.
 */
final class ClosureAims {
    private ClosureAims() {
    }

    /** Pins the knobs of {@code d} that bin id {@code aim} ({@code coverpoint/bin}) depends on. */
    static void pin(String aim, ClosureGenerator.Draw d, Random rnd) {
        int slash = aim.indexOf('/');
        String point = aim.substring(0, slash);
        String bin = aim.substring(slash + 1);
        switch (point) {
            case "rx.class" -> rxClass(bin.split("\\."), d, rnd);
            case "rx.rule" -> rxRule(bin, d);
            case "rss.queue" -> {
                d.queues = Integer.parseInt(bin) + 1 + rnd.nextInt(16 - Integer.parseInt(bin));
                d.mix[4] = 0;
            }
            case "rss.reta" -> {
                d.flows = 4096;
                d.packets = 4000;
                d.hashTypes = new ArrayList<>(ClosureGenerator.HASH_TYPES);
            }
            case "rss.default_queue" -> d.malformed = 0.05;
            case "rss.reprogram" -> d.reprogram = true;
            case "netisr.outcome" -> netisr(bin.split("\\."), d, rnd);
            case "netisr.qlimit" -> {
                d.qlimit = 1 + rnd.nextInt(4);
                d.dispatch = "DEFERRED";
            }
            case "netisr.vnet" -> {
                d.vnet = true;
                d.dispatch = "DEFERRED";
            }
            case "netisr.workstreams" -> workstreams(bin, d, rnd);
            case "ifq.start", "rings.event", "fates.fate" -> transmit(bin, d, rnd);
            case "ifq.map_subq" -> {
                d.mapSubq = bin;
                d.queues = Math.max(d.queues, 2);
                d.app = "forward";
            }
            case "ifq.wreg_split" -> {
                d.txWregNsegs = 1 + rnd.nextInt(2);
                d.stageCntMax = Math.max(d.stageCntMax, 8);
                d.app = "forward";
            }
            case "bus.stimulus" -> bus(bin, d, rnd);
            default -> { }
        }
    }

    private static void rxClass(String[] b, ClosureGenerator.Draw d, Random rnd) {
        String type = b[0];
        d.vlan = b[1].equals("vlan") ? 0.3 : d.vlan;
        switch (b[2]) {
            case "first_fragment", "later_fragment" -> d.fragments = 0.2;
            case "malformed", "runt" -> d.malformed = 0.1;
            // one family's types only: frames of the other family are IP but hash to NONE
            case "type_disabled" -> d.hashTypes = new ArrayList<>(rnd.nextBoolean()
                    ? List.of("IPV6", "TCP_IPV6", "UDP_IPV6") : List.of("IPV4", "TCP_IPV4", "UDP_IPV4"));
            default -> { }
        }
        if (!type.equals("NONE") && !b[2].equals("type_disabled")) {
            String t = type.substring("RSS_".length());
            List<String> types = new ArrayList<>(List.of(t));
            if (t.equals("IPV4") || t.equals("IPV6")) {
                // L3 only: the family's L4 types off, so TCP and UDP frames hash on addresses alone
                d.mix[t.equals("IPV4") ? 0 : 2] += 1;
            }
            d.hashTypes = types;
        }
    }

    private static void rxRule(String bin, ClosureGenerator.Draw d) {
        switch (bin) {
            case "C14.flags_without_type" -> d.hashTypes = new ArrayList<>(List.of("IPV4", "IPV6"));
            case "H8.disabled" -> d.hashTypes = new ArrayList<>(List.of("TCP_IPV6"));
            case "H1.non_ip", "C3.non_ip" -> d.mix[4] = 1;
            default -> {
                if (bin.startsWith("C")) {
                    d.malformed = 0.1;
                    d.fragments = 0.1;
                    d.vlan = 0.2;
                }
            }
        }
    }

    private static void netisr(String[] b, ClosureGenerator.Draw d, Random rnd) {
        d.policy = b[0];
        d.dispatch = b[1];
        d.cpus = Math.max(d.cpus, 2);
        d.workstreams = 2 + rnd.nextInt(d.cpus - 1);
        switch (b[2]) {
            case "qdrop" -> {
                d.qlimit = 1 + rnd.nextInt(4);
                d.rxRingSize = Math.max(d.rxRingSize, 256);
                d.rxBuffers = d.rxRingSize - 1;
            }
            case "cpuid_none" -> d.mix[4] = 1;
            default -> { }
        }
    }

    private static void workstreams(String bin, ClosureGenerator.Draw d, Random rnd) {
        int[] range = switch (bin) {
            case "5-8" -> new int[] {5, 8};
            case "9-64" -> new int[] {9, 16};
            default -> new int[] {Integer.parseInt(bin), Integer.parseInt(bin)};
        };
        d.workstreams = range[0] + rnd.nextInt(range[1] - range[0] + 1);
        d.cpus = Math.max(d.cpus, d.workstreams);
        d.dispatch = "DEFERRED";
    }

    /** Transmit-side bins: a small TX ring that the sink drains slowly fills up and makes ifq hold frames. */
    private static void transmit(String bin, ClosureGenerator.Draw d, Random rnd) {
        switch (bin) {
            case "subqueue_full", "completion_restart", "tx_full", "ifq_drop", "tx_wrap" -> {
                d.app = "forward";
                d.txRingSize = bin.equals("tx_wrap") ? 8 : 8 << rnd.nextInt(2);
                d.txBackpressure = bin.equals("tx_wrap") ? d.txBackpressure : 0.5 + 0.4 * rnd.nextDouble();
                d.rxIdle = 0;
            }
            case "rx_wrap" -> d.rxRingSize = 8;
            case "nobuf" -> d.rxBuffers = 1 + rnd.nextInt(4);
            case "qdrop" -> {
                d.qlimit = 1;
                d.dispatch = "DEFERRED";
            }
            case "vnet" -> d.vnet = true;
            case "error" -> d.malformed = 0.05;
            default -> { }
        }
    }

    private static void bus(String bin, ClosureGenerator.Draw d, Random rnd) {
        if (bin.equals("rx_idle_in_frame")) {
            d.rxIdle = 0.02 + 0.2 * rnd.nextDouble();
        } else if (bin.equals("tx_backpressure")) {
            d.txBackpressure = 0.1 + 0.5 * rnd.nextDouble();
            d.app = "forward";
        } else {
            d.readLatency = 33 + rnd.nextInt(100);
        }
    }
}
