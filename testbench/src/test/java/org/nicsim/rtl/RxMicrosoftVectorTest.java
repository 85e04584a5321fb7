package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nicsim.rtl.RxFrames.L4;

/**
 * The Microsoft RSS verification table sent as real frames through nic_top: the hash and hash type
 * in each write-back are the JSON's (L4 hash for TCP and UDP, L3 hash for any other protocol), and
 * the queue is RETA[hash & 127] of a table this test writes.
 */
class RxMicrosoftVectorTest {
    private static final int ALL_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9;
    // flags: DD 1, IPv4 4, IPv6 8, TCP 0x10, UDP 0x20
    private static final int DD = 1;

    private RxHarness h;
    private final int[] reta = new int[128];

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        h.hashTypes(ALL_TYPES);
        for (int i = 0; i < 128; i++) {
            reta[i] = (5 * i + 3) % 16; // every queue used, neighbouring buckets on different queues
        }
        h.reta(reta);
        h.defaultQueue(0);
        h.filledRings(16, 8, 256);
        h.rxEnable(true);
        h.sync();
    }

    @AfterEach
    void close() {
        h.close();
    }

    static Stream<Arguments> vectorsAndProtocols() {
        List<Arguments> out = new ArrayList<>();
        List<RxVectors.Vector> vs = RxVectors.load().vectors();
        for (int i = 0; i < vs.size(); i++) {
            for (L4 l4 : L4.values()) {
                out.add(Arguments.of(i, l4, vs.get(i).toString()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "vector {0} {1}: {2}")
    @MethodSource("vectorsAndProtocols")
    void writeBackCarriesTheMicrosoftHashAndType(int index, L4 l4, String tuple) {
        RxVectors.Vector v = RxVectors.load().vectors().get(index);
        RxDelivery d = h.deliverOne(RxFrames.of(v, l4));
        int hash = l4 == L4.OTHER ? v.hashL3() : v.hashL4();
        int type = v.ipv6() ? (l4 == L4.TCP ? 0x84 : l4 == L4.UDP ? 0x89 : 0x83)
                : (l4 == L4.TCP ? 0x82 : l4 == L4.UDP ? 0x87 : 0x81);
        int flags = DD | (v.ipv6() ? 0x08 : 0x04) | (l4 == L4.TCP ? 0x10 : l4 == L4.UDP ? 0x20 : 0);
        RxWriteBack wb = d.writeBack();
        assertEquals(Integer.toHexString(hash), Integer.toHexString(wb.hash()), "hash");
        assertEquals(type, wb.hashType(), "hash type");
        assertEquals(reta[hash & 127], wb.queue(), "queue = RETA[hash & 127]");
        assertEquals(flags, wb.flags(), "flags");
        assertEquals(0, wb.vlanTci(), "TCI");
    }

    @Test
    void allVectorsBackToBackKeepTheirHashesAndOrder() {
        // the same table streamed without gaps: every frame still gets its own hash, in RX order
        List<RxVectors.Vector> vs = RxVectors.load().vectors();
        List<Integer> expected = new ArrayList<>();
        for (RxVectors.Vector v : vs) {
            for (L4 l4 : L4.values()) {
                h.inject(RxFrames.of(v, l4, 64, -1));
                expected.add(l4 == L4.OTHER ? v.hashL3() : v.hashL4());
            }
        }
        h.runUntilIdle();
        List<RxDelivery> got = h.harvest();
        assertEquals(expected.size(), got.size(), "deliveries");
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i).sequence(), "sequence");
            assertEquals(Integer.toHexString(expected.get(i)), Integer.toHexString(got.get(i).writeBack().hash()),
                    "hash of frame " + i);
        }
    }
}
