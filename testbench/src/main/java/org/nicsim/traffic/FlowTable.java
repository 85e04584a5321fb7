package org.nicsim.traffic;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nicsim.traffic.TrafficSpec.MixClass;
import org.nicsim.traffic.frame.MacAddress;

/**
 * The flows of one run: {@code spec.flows()} distinct 5-tuples drawn from the seed, split among
 * the mix classes in proportion to their fractions (largest remainder, at least one flow per
 * class with a non-zero fraction). Packets pick a class by the mix, then a flow of that class
 * uniformly, so the packet mix follows the fractions however few flows there are.
 */
final class FlowTable {
    /** Destination MAC of unicast frames: a locally administered address for the NIC. */
    static final MacAddress NIC_MAC = MacAddress.of((byte) 0x02, (byte) 0x4E, (byte) 0x49, (byte) 0x43, (byte) 0x00, (byte) 0x01);
    static final MacAddress BROADCAST = MacAddress.of((byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF);

    private final List<Flow> flows;
    private final int[][] byClass; // flow ids per MixClass ordinal
    private final double[] cumulative; // cumulative mix fraction per MixClass ordinal

    FlowTable(TrafficSpec spec, long seed) {
        MixClass[] classes = MixClass.values();
        int[] counts = apportion(spec.mix(), spec.flows());
        SplitMix64 r = SplitMix64.derive(seed, TrafficGenerator.STREAM_FLOWS, 0);
        Set<String> tuples = new HashSet<>();
        List<Flow> all = new ArrayList<>(spec.flows());
        byClass = new int[classes.length][];
        cumulative = new double[classes.length];
        double sum = 0;
        for (MixClass c : classes) {
            byClass[c.ordinal()] = new int[counts[c.ordinal()]];
            for (int k = 0; k < counts[c.ordinal()]; k++) {
                FlowFamily family = familyOf(c, k);
                Flow f;
                do {
                    f = draw(all.size(), family, r);
                } while (!tuples.add(family + f.source().toString() + f.destination() + ":" + f.sourcePort() + ":" + f.destinationPort()));
                byClass[c.ordinal()][k] = all.size();
                all.add(f);
            }
            sum += spec.mix().fraction(c);
            cumulative[c.ordinal()] = sum;
        }
        this.flows = List.copyOf(all);
    }

    List<Flow> flows() {
        return flows;
    }

    /** The class for a uniform draw in [0, 1); a draw past a sum just below 1 goes to the last non-empty class. */
    MixClass pickClass(double u) {
        MixClass last = null;
        for (MixClass c : MixClass.values()) {
            if (byClass[c.ordinal()].length == 0) {
                continue;
            }
            last = c;
            if (u < cumulative[c.ordinal()]) {
                return c;
            }
        }
        return last;
    }

    /** A flow of class {@code c}, chosen by 64 random bits. */
    Flow pickFlow(MixClass c, long bits) {
        int[] ids = byClass[c.ordinal()];
        return flows.get(ids[(int) Long.remainderUnsigned(bits, ids.length)]);
    }

    private static FlowFamily familyOf(MixClass c, int k) {
        return switch (c) {
            case TCP4 -> FlowFamily.TCP4;
            case UDP4 -> FlowFamily.UDP4;
            case TCP6 -> FlowFamily.TCP6;
            case UDP6 -> FlowFamily.UDP6;
            case OTHER -> FlowFamily.OTHERS[k % FlowFamily.OTHERS.length];
        };
    }

    /** Largest-remainder split of {@code flows} by the mix; every non-zero class gets at least one. */
    static int[] apportion(TrafficSpec.Mix mix, int flows) {
        MixClass[] classes = MixClass.values();
        int[] counts = new int[classes.length];
        double[] remainder = new double[classes.length];
        int given = 0;
        for (MixClass c : classes) {
            double quota = mix.fraction(c) * flows;
            counts[c.ordinal()] = (int) Math.floor(quota);
            remainder[c.ordinal()] = quota - counts[c.ordinal()];
            given += counts[c.ordinal()];
        }
        while (given < flows) {
            int best = -1;
            for (int i = 0; i < classes.length; i++) {
                if (mix.fraction(classes[i]) > 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            counts[best]++;
            remainder[best] = -1;
            given++;
        }
        for (int i = 0; i < classes.length; i++) {
            if (mix.fraction(classes[i]) > 0 && counts[i] == 0) {
                int donor = 0;
                for (int j = 1; j < classes.length; j++) {
                    if (counts[j] > counts[donor]) {
                        donor = j;
                    }
                }
                counts[donor]--; // the spec guarantees flows >= non-zero classes, so donor has > 1
                counts[i]++;
            }
        }
        return counts;
    }

    private static Flow draw(int id, FlowFamily family, SplitMix64 r) {
        byte[] mac = new byte[6];
        r.nextBytes(mac, 0, 6);
        mac[0] = 0x02; // locally administered, unicast
        byte[] src;
        byte[] dst;
        if (family.ipVersion() == 6) {
            // fd00::/8 unique local addresses, the rest random
            src = new byte[16];
            dst = new byte[16];
            r.nextBytes(src, 0, 16);
            r.nextBytes(dst, 0, 16);
            src[0] = (byte) 0xFD;
            dst[0] = (byte) 0xFD;
        } else {
            src = new byte[4];
            dst = new byte[4];
            r.nextBytes(src, 0, 4);
            r.nextBytes(dst, 0, 4);
            src[0] = 10; // 10.0.0.0/8
            dst[0] = (byte) 172; // 172.16.0.0/12
            dst[1] = (byte) (16 | (dst[1] & 0x0F));
        }
        int sport;
        int dport;
        switch (family) {
            case ICMP4 -> {
                sport = r.nextInt(0, 0xFFFF);
                dport = 0;
            }
            case ARP -> {
                sport = 0;
                dport = 0;
            }
            default -> {
                sport = r.nextInt(1024, 0xFFFF);
                dport = r.nextInt(1, 0xFFFF);
            }
        }
        int tci = (r.nextInt(0, 7) << 13) | r.nextInt(1, 4094);
        MacAddress dstMac = family == FlowFamily.ARP ? BROADCAST : NIC_MAC;
        return new Flow(id, family, MacAddress.of(mac), dstMac, address(src), address(dst), sport, dport, tci);
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of length " + b.length + ": " + Arrays.toString(b), e);
        }
    }
}
