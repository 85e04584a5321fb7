package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.model.rss.Classification;
import org.nicsim.model.rss.FrameClassifier;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RxFlags;
import org.nicsim.rtl.RxFrames.L4;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/**
 * rx_parser on its own (rss_blocks_test_top): frames built from the Microsoft vectors give their
 * tuples, and fed on to toeplitz_hash, the vectors' hashes; for random, mutated and cut frames the
 * flags, TCI and tuple equal the dispatch model's classifier (FrameClassifier).
 */
class RxParserBlockTest {
    private RssBlocks blocks;

    @BeforeEach
    @BeforeProperty
    void open() {
        blocks = RssBlocks.open();
    }

    @AfterEach
    @AfterProperty
    void close() {
        blocks.close();
    }

    @Test
    void microsoftVectorFramesParseToTuplesThatHashToTheVectorValues() {
        for (RxVectors.Vector v : RxVectors.load().vectors()) {
            for (L4 l4 : new L4[] {L4.TCP, L4.UDP}) {
                byte[] frame = RxFrames.of(v, l4);
                RssBlocks.Parsed p = blocks.parse(frame, false);
                int flags = (v.ipv6() ? RxFlags.IPV6 : RxFlags.IPV4) | (l4 == L4.TCP ? RxFlags.TCP : RxFlags.UDP);
                assertEquals(flags, p.flags(), v + " " + l4);
                RssBlocks.Hash h = blocks.hash(RxVectors.load().key(), p.flags(), RssHashTypes.VALID, p.tuple());
                assertEquals(Integer.toHexString(v.hashL4()), Integer.toHexString(h.hash()), v + " " + l4);
            }
        }
    }

    @Test
    void aVlanTaggedFrameReportsItsTci() {
        RxVectors.Vector v = RxVectors.load().ipv4().get(1);
        RssBlocks.Parsed p = blocks.parse(RxFrames.of(v, L4.TCP, 128, 0x2ABC), false);
        assertEquals(0x2ABC, p.vlanTci());
        assertEquals(RxFlags.VLAN | RxFlags.IPV4 | RxFlags.TCP, p.flags());
    }

    @Test
    void lengthErrorsAndBeatsAreReported() {
        RssBlocks.Parsed runt = blocks.parse(new byte[13], false);
        assertTrue(runt.runt());
        assertEquals(13, runt.length());
        assertEquals(2, runt.beats());
        RssBlocks.Parsed bad = blocks.parse(new byte[64], true);
        assertTrue(bad.bad());
        assertFalse(bad.runt());
        assertEquals(8, bad.beats());
    }

    @Property(tries = 300, seed = "20261203")
    void agreesWithTheDispatchModelsClassifier(@ForAll long seed) {
        Random r = new Random(seed);
        byte[] frame = randomFrame(r);
        boolean bad = r.nextInt(10) == 0;
        RssBlocks.Parsed p = blocks.parse(frame, bad);
        String what = frame.length + " bytes " + HexFormat.of().formatHex(frame, 0, Math.min(frame.length, 80));

        assertEquals(frame.length, p.length(), "length of " + what);
        assertEquals((frame.length + 7) / 8, p.beats(), "beats of " + what);
        assertEquals(frame.length < 14, p.runt(), "runt of " + what);
        assertEquals(bad, p.bad(), "bad of " + what);
        assertFalse(p.oversize(), "oversize of " + what);
        if (frame.length >= 14) {
            Classification c = FrameClassifier.classify(frame);
            assertEquals(Integer.toHexString(c.flags()), Integer.toHexString(p.flags()), "flags of " + what + ": " + c);
            assertEquals(c.vlanTci(), p.vlanTci(), "TCI of " + what);
            byte[] used = c.l4Tuple().length > 0 ? c.l4Tuple() : c.l3Tuple();
            assertArrayEquals(Arrays.copyOf(used, RssBlocks.TUPLE_BYTES), p.tuple(), "tuple of " + what + ": " + c);
        }
    }

    /** Generator traffic of every kind, sometimes with header bytes changed or cut short. */
    private static byte[] randomFrame(Random r) {
        int n = 1 + r.nextInt(16);
        TrafficSpec spec = new TrafficSpec(n, 5 + r.nextInt(12), TrafficSpec.Mix.defaults(),
                new TrafficSpec.Sizes(14, r.nextBoolean() ? 200 : 1514), 0.3, 0.3, 0.3, 0.0);
        Iterator<GeneratedFrame> gen = new TrafficGenerator(spec, r.nextLong()).iterator();
        byte[] b = null;
        for (int i = 0; i < n; i++) {
            b = gen.next().bytes();   // the n-th frame: any kind the mix produces
        }
        switch (r.nextInt(5)) {
            case 0 -> {
                int changes = 1 + r.nextInt(3);
                for (int i = 0; i < changes; i++) {
                    b[r.nextInt(Math.min(b.length, 90))] = (byte) r.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, 1 + r.nextInt(b.length));
            default -> {
            }
        }
        return b;
    }
}
