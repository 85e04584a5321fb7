package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.Mbuf;
import org.nicsim.model.netisr.Netisr;

/** RETA, ring map, rss_hash2cpuid and the comparison placements. */
class PlacementTest {

    @Test
    void roundRobinRetaIsIndexModuloQueues() {
        Reta r = Reta.roundRobin(3);
        assertEquals(0, r.queue(0));
        assertEquals(1, r.queue(127)); // 127 % 3
        assertEquals(2, r.queue(5));
    }

    @Test
    void explicitRetaIsUsedAsGiven() {
        List<Integer> e = new ArrayList<>(Collections.nCopies(128, 0));
        e.set(120, 3);
        Reta r = Reta.of(e, 4);
        assertEquals(3, r.queue(120));
        assertEquals(0, r.queue(119));
    }

    @Test
    void retaEntryOutOfRangeIsRejectedNamingTheEntry() {
        List<Integer> e = new ArrayList<>(Collections.nCopies(128, 0));
        e.set(17, 4);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Reta.of(e, 4));
        assertTrue(ex.getMessage().startsWith("rss.reta[17]"), ex.getMessage());
    }

    @Test
    void retaOfWrongSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Reta.of(List.of(0, 1), 2));
    }

    @Test
    void retaRegisterWordPacksFourEntriesLowFirst() {
        assertEquals(0x03020100, Reta.roundRobin(4).registerWord(0));
    }

    @Test
    void defaultQueueOutsideTheQueuesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RssConfig(ToeplitzKey.DEFAULT, RssHashTypes.ALL, Reta.roundRobin(2), 2));
        assertTrue(e.getMessage().startsWith("rss.defaultQueue"));
    }

    @Test
    void ringMapOffsetRotatesQueuesOverCpus() {
        RingMap m = RingMap.withOffset(4, 3, 2);
        assertEquals(2, m.cpu(0));
        assertEquals(0, m.cpu(1));
        assertEquals(1, m.cpu(2));
        assertEquals(2, m.cpu(3));
    }

    @Test
    void explicitRingMapCpuOutOfRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RingMap.of(List.of(0, 4), 4));
        assertEquals(3, RingMap.of(List.of(1, 3), 4).cpu(1));
    }

    @Test
    void hash2cpuidIsBucketModuloCpusForRssTypes() {
        // 0x51ccc178: bucket 120, 120 % 7 = 1.
        assertEquals(1, RssCpu.hash2cpuid(0x51ccc178, HashType.RSS_TCP_IPV4, 7));
        assertEquals(1, RssCpu.hash2cpuid(0x51ccc178, HashType.RSS_UDP_IPV6, 7));
    }

    @Test
    void hash2cpuidIsCpuidNoneWithoutAnRssHash() {
        assertEquals(Netisr.NETISR_CPUID_NONE, RssCpu.hash2cpuid(0x51ccc178, HashType.NONE, 4));
        Mbuf opaque = new Mbuf(5, 0x01, 1, 0, 64, null);
        assertEquals(Netisr.NETISR_CPUID_NONE, RssCpu.m2cpuid(opaque, 4));
        assertEquals(5 % 4, RssCpu.m2cpuid(new Mbuf(5, 0x84, 1, 0, 64, null), 4));
    }

    @Test
    void dragonflyUsesLowBitsAndLinuxRpsHighBits() {
        int hash = 0x80000001;
        assertEquals(1, AlternativePlacement.dragonflyHashCpu(hash, 4)); // (1 & 127) % 4
        assertEquals(2, AlternativePlacement.linuxRps(hash, 4)); // 0x80000001 * 4 >> 32 = 2
        assertEquals(3, AlternativePlacement.linuxRps(0xFFFFFFFF, 4));
        assertEquals(0, AlternativePlacement.linuxRps(0x3FFFFFFF, 4));
        assertEquals(127 % 6, AlternativePlacement.dragonflyHashCpu(0xFFFFFFFF, 6));
    }
}
