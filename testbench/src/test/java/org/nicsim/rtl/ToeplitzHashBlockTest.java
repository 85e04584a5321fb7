package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.model.rss.Classification;
import org.nicsim.model.rss.L3Kind;
import org.nicsim.model.rss.L4Kind;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RssModel;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.model.rss.RxFlags;
import org.nicsim.model.rss.ToeplitzKey;

/**
 * toeplitz_hash on its own (rss_blocks_test_top): the Microsoft verification vectors give the
 * expected hash of each tuple, and for random keys, tuples, parser flags and enabled types the
 * block agrees with the dispatch model's hash-type selection and Toeplitz hash.
 */
class ToeplitzHashBlockTest {
    private static final int V4 = RxFlags.IPV4;
    private static final int V6 = RxFlags.IPV6;
    private static final int TCP = RxFlags.TCP;
    private static final int UDP = RxFlags.UDP;

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

    /** addresses then ports, as the parser lays out the tuple */
    private static byte[] tuple(RxVectors.Vector v) {
        byte[] src = v.src().getAddress();
        byte[] dst = v.dst().getAddress();
        byte[] t = new byte[RssBlocks.TUPLE_BYTES];
        System.arraycopy(src, 0, t, 0, src.length);
        System.arraycopy(dst, 0, t, src.length, dst.length);
        int p = 2 * src.length;
        t[p] = (byte) (v.srcPort() >> 8);
        t[p + 1] = (byte) v.srcPort();
        t[p + 2] = (byte) (v.dstPort() >> 8);
        t[p + 3] = (byte) v.dstPort();
        return t;
    }

    @Test
    void tcpTuplesHashToTheMicrosoftL4Values() {
        for (RxVectors.Vector v : RxVectors.load().vectors()) {
            RssBlocks.Hash h = blocks.hash(RxVectors.load().key(), (v.ipv6() ? V6 : V4) | TCP, RssHashTypes.VALID,
                    tuple(v));
            assertEquals(Integer.toHexString(v.hashL4()), Integer.toHexString(h.hash()), v.toString());
            assertEquals(v.ipv6() ? 0x84 : 0x82, h.hashType(), v.toString());
        }
    }

    @Test
    void udpTuplesHashLikeTcpWithTheUdpType() {
        for (RxVectors.Vector v : RxVectors.load().vectors()) {
            RssBlocks.Hash h = blocks.hash(RxVectors.load().key(), (v.ipv6() ? V6 : V4) | UDP, RssHashTypes.VALID,
                    tuple(v));
            assertEquals(Integer.toHexString(v.hashL4()), Integer.toHexString(h.hash()), v.toString());
            assertEquals(v.ipv6() ? 0x89 : 0x87, h.hashType(), v.toString());
        }
    }

    @Test
    void addressOnlyTypesHashToTheMicrosoftL3ValuesIgnoringThePorts() {
        for (RxVectors.Vector v : RxVectors.load().vectors()) {
            // TCP seen, but only the address types enabled: the ports must not enter the hash
            RssBlocks.Hash h = blocks.hash(RxVectors.load().key(), (v.ipv6() ? V6 : V4) | TCP,
                    RssHashTypes.IPV4 | RssHashTypes.IPV6, tuple(v));
            assertEquals(Integer.toHexString(v.hashL3()), Integer.toHexString(h.hash()), v.toString());
            assertEquals(v.ipv6() ? 0x83 : 0x81, h.hashType(), v.toString());
        }
    }

    @Test
    void malformedOrDisabledGivesTypeNoneAndHashZero() {
        RxVectors.Vector v = RxVectors.load().ipv4().get(0);
        assertEquals(new RssBlocks.Hash(0, 0), blocks.hash(RxVectors.load().key(), V4 | TCP | RxFlags.MALFORMED,
                RssHashTypes.VALID, tuple(v)));
        assertEquals(new RssBlocks.Hash(0, 0), blocks.hash(RxVectors.load().key(), V4 | TCP, 0, tuple(v)));
        assertEquals(new RssBlocks.Hash(0, 0), blocks.hash(RxVectors.load().key(), 0, RssHashTypes.VALID, tuple(v)));
    }

    // the flag combinations rx_parser produces (fragments and VLAN do not steer the hash)
    private static final List<Integer> PARSER_FLAGS = List.of(0, V4, V4 | TCP, V4 | UDP, V4 | RxFlags.IP_FRAGMENT,
            V6, V6 | TCP, V6 | UDP, V4 | RxFlags.MALFORMED, V6 | RxFlags.MALFORMED, RxFlags.MALFORMED,
            RxFlags.VLAN | V4 | TCP, RxFlags.VLAN | V6 | UDP);

    @Property(tries = 200, seed = "20261203")
    void agreesWithTheDispatchModel(@ForAll long seed) {
        Random r = new Random(seed);
        byte[] key = new byte[ToeplitzKey.LENGTH];
        r.nextBytes(key);
        byte[] tuple = new byte[RssBlocks.TUPLE_BYTES];
        r.nextBytes(tuple);
        int flags = PARSER_FLAGS.get(r.nextInt(PARSER_FLAGS.size()));
        int types = r.nextInt() & RssHashTypes.VALID;
        RssBlocks.Hash got = blocks.hash(key, flags, types, tuple);

        RssPlacement p = new RssModel(new RssConfig(ToeplitzKey.of(key), new RssHashTypes(types), Reta.roundRobin(1), 0))
                .place(classification(flags, tuple));
        String what = "flags 0x" + Integer.toHexString(flags) + ", types 0x" + Integer.toHexString(types);
        assertEquals(p.hashType().mHashType(), got.hashType(), "hash type, " + what);
        assertEquals(Integer.toHexString(p.hash()), Integer.toHexString(got.hash()), "hash, " + what);
    }

    /** What the parser's flags and tuple say, as the dispatch model's classifier would report it. */
    private static Classification classification(int flags, byte[] tuple) {
        boolean malformed = (flags & RxFlags.MALFORMED) != 0;
        L3Kind l3 = (flags & V4) != 0 ? L3Kind.IPV4 : (flags & V6) != 0 ? L3Kind.IPV6 : L3Kind.NONE;
        L4Kind l4 = (flags & TCP) != 0 ? L4Kind.TCP : (flags & UDP) != 0 ? L4Kind.UDP : L4Kind.NONE;
        int addr = l3 == L3Kind.IPV6 ? 32 : 8;
        byte[] l3Tuple = malformed || l3 == L3Kind.NONE ? new byte[0] : Arrays.copyOf(tuple, addr);
        byte[] l4Tuple = malformed || l3 == L3Kind.NONE || l4 == L4Kind.NONE ? new byte[0] : Arrays.copyOf(tuple, addr + 4);
        return new Classification(l3, malformed ? L4Kind.NONE : l4, flags, 0, 14, l3Tuple, l4Tuple);
    }
}
