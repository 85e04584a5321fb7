package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nicsim.rtl.RxFrames.L4;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.TcpHeader;
import org.nicsim.traffic.frame.UdpHeader;

/**
 * Every row of the hash-type table (docs/dispatch-model.md, rules H1..H9) under all 64 subsets of the
 * six RSS_HASH_TYPES bits: the NIC picks the first enabled type of the row's preference list, with
 * the JSON's L4 or L3 hash, or NONE with hash 0 on DEFAULT_QUEUE. Frames carry the tuples of
 * Microsoft vectors 0 (IPv4) and 5 (IPv6), so every expected hash comes from the JSON.
 */
class RxHashTypeTableTest {
    // RSS_HASHTYPE_* bits
    static final int IPV4 = 1 << 1;
    static final int TCP_IPV4 = 1 << 2;
    static final int IPV6 = 1 << 3;
    static final int TCP_IPV6 = 1 << 4;
    static final int UDP_IPV4 = 1 << 7;
    static final int UDP_IPV6 = 1 << 9;
    static final int[] BITS = {IPV4, TCP_IPV4, IPV6, TCP_IPV6, UDP_IPV4, UDP_IPV6};
    static final int DEFAULT_Q = 11;

    /** One choice of the table: this enable bit gives this M_HASHTYPE over the L4 or L3 tuple. */
    record Choice(int enableBit, int mHashType, boolean l4) {
    }

    /** A table row: a frame, its flags (without DD) and its types in order of preference. */
    enum Row {
        IPV4_TCP(0x14, new Choice(TCP_IPV4, 0x82, true), new Choice(IPV4, 0x81, false)),
        IPV4_UDP(0x24, new Choice(UDP_IPV4, 0x87, true), new Choice(IPV4, 0x81, false)),
        IPV4_OTHER_PROTOCOL(0x04, new Choice(IPV4, 0x81, false)),
        IPV4_FIRST_FRAGMENT(0x44, new Choice(IPV4, 0x81, false)),
        IPV4_LATER_FRAGMENT(0x44, new Choice(IPV4, 0x81, false)),
        IPV6_TCP(0x18, new Choice(TCP_IPV6, 0x84, true), new Choice(IPV6, 0x83, false)),
        IPV6_UDP(0x28, new Choice(UDP_IPV6, 0x89, true), new Choice(IPV6, 0x83, false)),
        IPV6_OTHER_NEXT_HEADER(0x08, new Choice(IPV6, 0x83, false)),
        IPV6_HOP_BY_HOP_THEN_UDP(0x08, new Choice(IPV6, 0x83, false)),
        NON_IP_ARP(0x00),
        MALFORMED_IPV4_IHL_4(0x84),
        MALFORMED_IPV6_VERSION_5(0x88);

        final int flags;
        final List<Choice> choices;

        Row(int flags, Choice... choices) {
            this.flags = flags;
            this.choices = List.of(choices);
        }

        RxVectors.Vector vector() {
            List<RxVectors.Vector> vs = RxVectors.load().vectors();
            return name().startsWith("IPV6") || this == MALFORMED_IPV6_VERSION_5 ? vs.get(5) : vs.get(0);
        }

        byte[] frame() {
            RxVectors.Vector v = vector();
            return switch (this) {
                case IPV4_TCP, IPV6_TCP -> RxFrames.of(v, L4.TCP);
                case IPV4_UDP, IPV6_UDP -> RxFrames.of(v, L4.UDP);
                case IPV4_OTHER_PROTOCOL, IPV6_OTHER_NEXT_HEADER -> RxFrames.of(v, L4.OTHER);
                case IPV4_FIRST_FRAGMENT -> RxFrames.ethernet()
                        .ipv4(RxFrames.ipv4(v.src(), v.dst()).moreFragments(true).build())
                        .transport(TcpHeader.ack(v.srcPort(), v.dstPort(), 1, 2)).payload(new byte[16]).build();
                case IPV4_LATER_FRAGMENT -> RxFrames.ethernet()
                        .ipv4(RxFrames.ipv4(v.src(), v.dst()).protocol(6).fragmentOffset(185).build())
                        .payload(new byte[40]).build();
                case IPV6_HOP_BY_HOP_THEN_UDP -> RxFrames.ethernet()
                        .ipv6(RxFrames.ipv6(v.src(), v.dst()).hopByHopOptions(RxFrames.ROUTER_ALERT).build())
                        .transport(new UdpHeader(v.srcPort(), v.dstPort())).payload(new byte[8]).build();
                case NON_IP_ARP -> RxFrames.arp();
                case MALFORMED_IPV4_IHL_4 -> RxFrames.ethernet().ipv4(RxFrames.ipv4(v.src(), v.dst()).ihl(4).build())
                        .transport(TcpHeader.ack(v.srcPort(), v.dstPort(), 1, 2)).build();
                case MALFORMED_IPV6_VERSION_5 -> RxFrames.ethernet()
                        .ipv6(RxFrames.ipv6(v.src(), v.dst()).version(5).build())
                        .transport(TcpHeader.ack(v.srcPort(), v.dstPort(), 1, 2)).build();
            };
        }
    }

    private RxHarness h;
    private final int[] reta = new int[128];

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        for (int i = 0; i < 128; i++) {
            reta[i] = 15 - (i % 16);
        }
        h.reta(reta);
        h.defaultQueue(DEFAULT_Q);
        h.filledRings(16, 16, 256);
        h.rxEnable(true);
        h.sync();
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** The RSS_HASH_TYPES value whose k-th implemented bit is bit k of {@code subset}. */
    static int typesOf(int subset) {
        int mask = 0;
        for (int b = 0; b < BITS.length; b++) {
            if ((subset >> b & 1) != 0) {
                mask |= BITS[b];
            }
        }
        return mask;
    }

    @ParameterizedTest
    @EnumSource(Row.class)
    void firstEnabledTypeOfTheRowWinsUnderEverySubsetOfEnableBits(Row row) {
        byte[] frame = row.frame();
        RxVectors.Vector v = row.vector();
        for (int subset = 0; subset < 64; subset++) {
            int mask = typesOf(subset);
            h.hashTypes(mask);
            h.sync();
            RxWriteBack wb = h.deliverOne(frame).writeBack();
            h.refill();

            Choice pick = row.choices.stream().filter(c -> (mask & c.enableBit()) != 0).findFirst().orElse(null);
            String where = row + " with RSS_HASH_TYPES 0x" + Integer.toHexString(mask);
            if (pick == null) {
                assertEquals(0, wb.hashType(), where + ": type NONE");
                assertEquals(0, wb.hash(), where + ": hash 0 without a type");
                assertEquals(DEFAULT_Q, wb.queue(), where + ": DEFAULT_QUEUE");
            } else {
                int hash = pick.l4() ? v.hashL4() : v.hashL3();
                assertEquals(pick.mHashType(), wb.hashType(), where + ": type");
                assertEquals(Integer.toHexString(hash), Integer.toHexString(wb.hash()), where + ": hash");
                assertEquals(reta[hash & 127], wb.queue(), where + ": queue");
            }
            assertEquals(row.flags | 1, wb.flags(), where + ": flags never depend on the enabled types");
        }
    }
}
