package org.nicsim.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nicsim.traffic.TrafficSpec.Mix;
import org.nicsim.traffic.TrafficSpec.MixClass;
import org.nicsim.traffic.TrafficSpec.Sizes;
import org.nicsim.traffic.frame.InternetChecksum;

class TrafficGeneratorTest {
    static final int N = 10_000;
    static final double VLAN = 0.3;
    static final double FRAGMENTS = 0.2;
    static final double MALFORMED = 0.1;
    static final double BAD = 0.02;
    static final TrafficSpec SPEC = new TrafficSpec(N, 64, Mix.defaults(), new Sizes(64, 1514),
            VLAN, FRAGMENTS, MALFORMED, BAD);

    static TrafficGenerator gen;
    static List<GeneratedFrame> frames;

    @BeforeAll
    static void generate() {
        gen = new TrafficGenerator(SPEC, 1);
        frames = new ArrayList<>();
        gen.forEach(frames::add);
    }

    /** A count is within 5 standard deviations of the binomial expectation (deterministic given the seed). */
    static void assertFraction(String what, double p, long hits, long trials) {
        double sigma = Math.sqrt(p * (1 - p) / trials);
        double got = (double) hits / trials;
        assertTrue(Math.abs(got - p) <= 5 * sigma + 1e-12,
                what + ": expected " + p + " +- " + 5 * sigma + ", got " + got + " (" + hits + "/" + trials + ")");
    }

    static List<byte[]> bytesOf(TrafficGenerator g) {
        List<byte[]> out = new ArrayList<>();
        g.forEach(f -> out.add(f.bytes()));
        return out;
    }

    @Test
    void sameSeedAndSpecGiveByteIdenticalSequences() {
        List<byte[]> a = bytesOf(new TrafficGenerator(SPEC.withPackets(2000), 77));
        List<byte[]> b = bytesOf(new TrafficGenerator(SPEC.withPackets(2000), 77));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), "frame " + i);
        }
    }

    @Test
    void twoPassesOverOneGeneratorAreIdentical() {
        TrafficGenerator g = new TrafficGenerator(SPEC.withPackets(500), 5);
        assertEquals(g.stream().toList(), g.stream().toList());
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        List<byte[]> a = bytesOf(new TrafficGenerator(SPEC.withPackets(200), 1));
        List<byte[]> b = bytesOf(new TrafficGenerator(SPEC.withPackets(200), 2));
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (Arrays.equals(a.get(i), b.get(i))) {
                same++;
            }
        }
        assertEquals(0, same);
    }

    @Test
    void shorterRunIsAPrefixOfALongerOne() {
        List<GeneratedFrame> shortRun = new TrafficGenerator(SPEC.withPackets(300), 1).stream().toList();
        assertEquals(frames.subList(0, 300), shortRun);
    }

    @Test
    void producesExactlyThePacketCountWithSequentialIndexes() {
        assertEquals(N, frames.size());
        for (int i = 0; i < N; i++) {
            assertEquals(i, frames.get(i).index());
        }
    }

    @Test
    void streamsWithoutMaterialisingTheSequence() {
        // a trillion packets: only the flow table is built, the first frames come at once
        Iterator<GeneratedFrame> it = new TrafficGenerator(SPEC.withPackets(1_000_000_000_000L), 1).iterator();
        for (int i = 0; i < 10; i++) {
            assertTrue(it.hasNext());
            assertEquals(i, it.next().index());
        }
    }

    @Test
    void flowsAreDistinctFiveTuplesWithTheRequestedCount() {
        assertEquals(64, gen.flows().size());
        Set<String> tuples = new HashSet<>();
        for (int i = 0; i < gen.flows().size(); i++) {
            Flow f = gen.flows().get(i);
            assertEquals(i, f.id());
            tuples.add(f.family() + " " + f.source() + " " + f.destination() + " " + f.sourcePort() + " " + f.destinationPort());
        }
        assertEquals(64, tuples.size());
    }

    @Test
    void flowsAreSplitAmongMixClassesByTheirFractions() {
        Map<MixClass, Integer> count = new EnumMap<>(MixClass.class);
        gen.flows().forEach(f -> count.merge(f.family().mixClass(), 1, Integer::sum));
        // 64 * (0.4, 0.2, 0.2, 0.1, 0.1) = 25.6, 12.8, 12.8, 6.4, 6.4 -> largest remainder 26, 13, 13, 6, 6
        assertEquals(Map.of(MixClass.TCP4, 26, MixClass.UDP4, 13, MixClass.TCP6, 13, MixClass.UDP6, 6,
                MixClass.OTHER, 6), count);
    }

    @Test
    void packetMixFollowsTheFractions() {
        Map<MixClass, Integer> count = new EnumMap<>(MixClass.class);
        frames.forEach(f -> count.merge(gen.flows().get(f.flowId()).family().mixClass(), 1, Integer::sum));
        for (MixClass c : MixClass.values()) {
            assertFraction("mix " + c, SPEC.mix().fraction(c), count.getOrDefault(c, 0), N);
        }
    }

    @Test
    void everyOtherFamilyOccurs() {
        Set<FrameKind> kinds = new HashSet<>();
        frames.forEach(f -> kinds.add(f.kind()));
        assertTrue(kinds.containsAll(Set.of(FrameKind.ICMP4, FrameKind.IPV6_HOP_BY_HOP, FrameKind.ARP)), kinds.toString());
    }

    @Test
    void malformedFractionFollowsTheSpec() {
        assertFraction("malformed", MALFORMED, frames.stream().filter(f -> f.kind().malformed()).count(), N);
    }

    @Test
    void vlanFractionOfWellFormedFramesFollowsTheSpec() {
        List<GeneratedFrame> ok = frames.stream().filter(f -> !f.kind().malformed()).toList();
        assertFraction("vlan", VLAN, ok.stream().filter(GeneratedFrame::vlan).count(), ok.size());
    }

    @Test
    void fragmentFractionOfWellFormedIpv4FramesFollowsTheSpec() {
        List<GeneratedFrame> v4 = frames.stream()
                .filter(f -> !f.kind().malformed() && gen.flows().get(f.flowId()).family().ipVersion() == 4
                        && gen.flows().get(f.flowId()).family() != FlowFamily.ARP)
                .toList();
        List<GeneratedFrame> fr = v4.stream().filter(f -> f.kind().fragment()).toList();
        assertFraction("fragments", FRAGMENTS, fr.size(), v4.size());
        assertFraction("first fragments", 0.5, fr.stream().filter(f -> f.kind() == FrameKind.IPV4_FIRST_FRAGMENT).count(),
                fr.size());
    }

    @Test
    void badFrameFractionFollowsTheSpecAndDefaultsToNone() {
        assertFraction("tuser", BAD, frames.stream().filter(GeneratedFrame::badFrame).count(), N);
        assertFalse(new TrafficGenerator(TrafficSpec.defaults().withPackets(1000), 1).stream()
                .anyMatch(GeneratedFrame::badFrame));
    }

    @Test
    void defaultSpecMakesOnlyWellFormedUntaggedUnfragmentedFrames() {
        new TrafficGenerator(TrafficSpec.defaults().withPackets(2000), 9).forEach(f -> {
            RuleCheck c = RuleCheck.of(f.bytes());
            assertFalse(c.malformed() || c.vlan() || c.fragment(), f + " " + c);
        });
    }

    @Test
    void wellFormedLengthsFollowTheSizeRangeUnlessHeadersNeedMore() {
        long sum = 0;
        int n = 0;
        for (GeneratedFrame f : frames) {
            if (f.kind().malformed()) {
                continue;
            }
            assertTrue(f.length() >= 60 && f.length() <= 1514, f.toString());
            if (f.kind() == FrameKind.UDP4) {
                sum += f.length();
                n++;
            }
        }
        // uniform 64..1514 has mean 789 and standard deviation ~419
        double mean = (double) sum / n;
        assertTrue(Math.abs(mean - 789) < 5 * 419 / Math.sqrt(n), "mean UDP4 length " + mean);
    }

    @Test
    void tinySizesStillGiveCompleteMinimumFrames() {
        TrafficSpec tiny = new TrafficSpec(500, 8, Mix.defaults(), new Sizes(14, 14), 0.5, 0.3, 0, 0);
        new TrafficGenerator(tiny, 3).forEach(f -> {
            RuleCheck c = RuleCheck.of(f.bytes());
            assertFalse(c.malformed(), f + " " + c);
            assertTrue(f.length() >= 60, f.toString());
        });
    }

    @Test
    void wellFormedKindsClassifyAsTheirKindSays() {
        for (GeneratedFrame f : frames) {
            if (f.kind().malformed()) {
                continue;
            }
            RuleCheck c = RuleCheck.of(f.bytes());
            String msg = f + " " + c;
            assertFalse(c.malformed(), msg);
            assertEquals(f.vlan(), c.vlan(), msg);
            switch (f.kind()) {
                case TCP4 -> assertTrue(c.ipv4() && c.tcp() && !c.fragment(), msg);
                case UDP4 -> assertTrue(c.ipv4() && c.udp() && !c.fragment(), msg);
                case TCP6 -> assertTrue(c.ipv6() && c.tcp(), msg);
                case UDP6 -> assertTrue(c.ipv6() && c.udp(), msg);
                case ICMP4 -> assertTrue(c.ipv4() && !c.tcp() && !c.udp() && !c.fragment(), msg);
                case IPV6_HOP_BY_HOP -> assertTrue(c.ipv6() && !c.tcp() && !c.udp()
                        && f.byteAt(c.l3Offset() + 6) == 0, msg);
                case ARP -> assertTrue(!c.ipv4() && !c.ipv6() && RuleCheck.u16(f.bytes(), c.l3Offset() - 2) == 0x0806, msg);
                case IPV4_FIRST_FRAGMENT -> {
                    int ff = RuleCheck.u16(f.bytes(), c.l3Offset() + 6);
                    assertTrue(c.fragment() && (ff & 0x2000) != 0 && (ff & 0x1FFF) == 0, msg);
                }
                case IPV4_LATER_FRAGMENT -> assertTrue(c.fragment()
                        && (RuleCheck.u16(f.bytes(), c.l3Offset() + 6) & 0x1FFF) != 0, msg);
                default -> throw new AssertionError(msg);
            }
        }
    }

    @Test
    void wellFormedFramesCarryTheirFlowsAddressesAndPorts() {
        for (GeneratedFrame f : frames) {
            if (f.kind().malformed() || f.kind() == FrameKind.ARP) {
                continue;
            }
            Flow flow = gen.flows().get(f.flowId());
            RuleCheck c = RuleCheck.of(f.bytes());
            byte[] b = f.bytes();
            int o = c.l3Offset();
            int a = c.ipv4() ? o + 12 : o + 8;
            int alen = c.ipv4() ? 4 : 16;
            assertArrayEquals(flow.source().getAddress(), Arrays.copyOfRange(b, a, a + alen), f.toString());
            assertArrayEquals(flow.destination().getAddress(), Arrays.copyOfRange(b, a + alen, a + 2 * alen), f.toString());
            if (c.tcp() || c.udp()) {
                int l4 = c.ipv4() ? o + 4 * (b[o] & 0x0F) : o + 40;
                assertEquals(flow.sourcePort(), RuleCheck.u16(b, l4), f.toString());
                assertEquals(flow.destinationPort(), RuleCheck.u16(b, l4 + 2), f.toString());
            }
        }
    }

    @Test
    void someWellFormedIpv4FramesCarryOptions() {
        long withOptions = frames.stream().filter(f -> !f.kind().malformed()).map(GeneratedFrame::bytes)
                .filter(b -> {
                    RuleCheck c = RuleCheck.of(b);
                    return c.ipv4() && (b[c.l3Offset()] & 0x0F) > 5;
                }).count();
        assertTrue(withOptions > 0);
    }

    @Test
    void wellFormedIpv4HeadersHaveAValidChecksum() {
        for (GeneratedFrame f : frames) {
            RuleCheck c = RuleCheck.of(f.bytes());
            if (c.ipv4() && (!c.malformed() || f.kind() == FrameKind.IPV4_BAD_VERSION
                    || f.kind() == FrameKind.IPV4_TOTAL_LENGTH_BEYOND_FRAME || f.kind() == FrameKind.IPV4_PORTS_TRUNCATED)) {
                int ihl = f.byteAt(c.l3Offset()) & 0x0F;
                assertEquals(0, InternetChecksum.of(f.bytes(), c.l3Offset(), 4 * ihl), f.toString());
            }
        }
    }

    @Test
    void everyMalformedKindBreaksTheRuleItTargets() {
        TrafficSpec spec = new TrafficSpec(N, 64, Mix.defaults(), new Sizes(64, 1514), 0.5, 0.2, 0.5, 0);
        Map<FrameKind, Integer> seen = new EnumMap<>(FrameKind.class);
        for (GeneratedFrame f : new TrafficGenerator(spec, 11)) {
            if (!f.kind().malformed()) {
                continue;
            }
            seen.merge(f.kind(), 1, Integer::sum);
            RuleCheck c = RuleCheck.of(f.bytes());
            // a frame cut inside the IPv4 options necessarily also has TL < 4*IHL or o+TL > L (C7)
            Set<String> expected = f.kind() == FrameKind.IPV4_OPTIONS_TRUNCATED
                    ? Set.of("C6", "C7") : Set.of(f.kind().rule());
            assertEquals(expected, c.violated(), f + " " + c);
        }
        for (FrameKind k : FrameKind.values()) {
            if (k.malformed()) {
                assertTrue(seen.getOrDefault(k, 0) > 0, "no " + k + " in " + seen);
            }
        }
    }

    @Test
    void malformedFramesKeepTheirFlowsEtherType() {
        for (GeneratedFrame f : frames) {
            if (!f.kind().malformed() || f.kind() == FrameKind.RUNT || f.kind() == FrameKind.VLAN_TRUNCATED) {
                continue;
            }
            RuleCheck c = RuleCheck.of(f.bytes());
            int family = gen.flows().get(f.flowId()).family().ipVersion();
            assertTrue(family == 4 ? c.ipv4() : c.ipv6(), f + " " + c);
            assertEquals(f.vlan(), c.vlan(), f.toString());
        }
    }
}
