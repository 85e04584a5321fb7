package org.nicsim.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built frames against the classification rules' text: which rule bins and anomaly each one hits. */
class FrameAnatomyTest {
    static final int ALL_TYPES = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 7) | (1 << 9);
    static final int IPV4_ONLY = 1 << 1;

    /** Ethernet header (optionally 802.1Q) + IPv4 header of {@code ihlWords} + 8 bytes of L4. */
    static byte[] ipv4(boolean vlan, int ihlWords, int proto, int fragField) {
        int o = vlan ? 18 : 14;
        int ihl = 4 * ihlWords;
        byte[] f = new byte[Math.max(64, o + ihl + 8)];
        if (vlan) {
            put16(f, 12, 0x8100);
            put16(f, 14, 7);
        }
        put16(f, o - 2, 0x0800);
        f[o] = (byte) (0x40 | ihlWords);
        put16(f, o + 2, ihl + 8);
        put16(f, o + 6, fragField);
        f[o + 9] = (byte) proto;
        return f;
    }

    static byte[] ipv6(int next, int payload) {
        byte[] f = new byte[Math.max(64, 14 + 40 + payload)];
        put16(f, 12, 0x86DD);
        f[14] = 0x60;
        put16(f, 18, payload);
        f[20] = (byte) next;
        return f;
    }

    static void put16(byte[] f, int i, int v) {
        f[i] = (byte) (v >> 8);
        f[i + 1] = (byte) v;
    }

    @Test
    void tcpOverIpv4IsC8PortsAndH2() {
        FrameAnatomy a = FrameAnatomy.of(ipv4(false, 5, 6, 0), ALL_TYPES);
        assertEquals(List.of("C7.padding", "C8.ports", "H2.tcp_ipv4"), a.rules());
        assertEquals("none", a.anomaly());
        assertFalse(a.vlan());
        assertTrue(a.hashed());
    }

    @Test
    void ipv4OptionsUnderAVlanTagAreC2AndC6Options() {
        FrameAnatomy a = FrameAnatomy.of(ipv4(true, 6, 17, 0), ALL_TYPES);
        assertEquals(List.of("C2.tag", "C6.options", "C7.padding", "C8.ports", "H3.udp_ipv4"), a.rules());
        assertEquals("ipv4_options", a.anomaly());
        assertTrue(a.vlan());
    }

    @Test
    void firstFragmentHasMoreFragmentsAndOffsetZero() {
        FrameAnatomy a = FrameAnatomy.of(ipv4(false, 5, 6, 0x2000), ALL_TYPES);
        assertEquals("first_fragment", a.anomaly());
        assertTrue(a.rules().contains("C8.fragment"));
        assertTrue(a.rules().contains("H4.ipv4"), "a fragment is L3-only");
    }

    @Test
    void laterFragmentHasANonZeroOffset() {
        assertEquals("later_fragment", FrameAnatomy.of(ipv4(false, 5, 17, 0x0010), ALL_TYPES).anomaly());
    }

    @Test
    void disabledTypesGiveTypeDisabledAndC14KeepsTheFlags() {
        FrameAnatomy a = FrameAnatomy.of(ipv6(6, 20), IPV4_ONLY);
        assertEquals("type_disabled", a.anomaly());
        assertEquals(List.of("C12.ports", "C14.flags_without_type", "H8.disabled"), a.rules());
        assertFalse(a.hashed());
    }

    @Test
    void tcpOverIpv4WithOnlyIpv4EnabledFallsBackToH4() {
        FrameAnatomy a = FrameAnatomy.of(ipv4(false, 5, 6, 0), IPV4_ONLY);
        assertEquals(List.of("C7.padding", "C8.ports", "C14.flags_without_type", "H4.ipv4"), a.rules());
        assertEquals("none", a.anomaly());
    }

    @Test
    void hopByHopIsAnIpv6ExtensionHeader() {
        FrameAnatomy a = FrameAnatomy.of(ipv6(0, 16), ALL_TYPES);
        assertEquals("ipv6_ext", a.anomaly());
        assertTrue(a.rules().containsAll(List.of("C12.ext_header", "H7.ipv6")));
    }

    @Test
    void runtIsC1AndNeverTagged() {
        FrameAnatomy a = FrameAnatomy.of(new byte[13], ALL_TYPES);
        assertEquals(List.of("C1.runt", "C13.malformed", "H1.malformed"), a.rules());
        assertEquals("runt", a.anomaly());
        assertFalse(a.vlan());
    }

    @Test
    void versionNibbleFiveIsC5Malformed() {
        byte[] f = ipv4(false, 5, 6, 0);
        f[14] = 0x55;
        FrameAnatomy a = FrameAnatomy.of(f, ALL_TYPES);
        assertEquals(List.of("C5.version", "C13.malformed", "H1.malformed"), a.rules());
        assertEquals("malformed", a.anomaly());
    }

    @Test
    void arpIsNonIp() {
        byte[] f = new byte[60];
        put16(f, 12, 0x0806);
        assertEquals(List.of("C3.non_ip", "H1.non_ip"), FrameAnatomy.of(f, ALL_TYPES).rules());
    }
}
