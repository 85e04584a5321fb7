package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An empty scenario means the values docs/scenario.md documents. The expected values are copied
 * from the document, not from the code's constants.
 */
class ScenarioDefaultsTest {

    private final Scenario s = ScenarioLoader.parse("{}", List.of());

    @Test
    void nameIsDefault() {
        assertEquals("default", s.name());
    }

    @Test
    void descriptionIsEmpty() {
        assertEquals("", s.description());
    }

    @Test
    void seedIsOne() {
        assertEquals(1L, s.seed());
    }

    @Test
    void fourCpusAndFourQueues() {
        assertEquals(4, s.cpus());
        assertEquals(4, s.queues());
    }

    @Test
    void rssKeyIsTheMicrosoftKey() {
        assertEquals("6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa",
                s.rss().key());
        byte[] key = s.rss().keyBytes();
        assertEquals(40, key.length);
        assertEquals(0x6d, key[0] & 0xff);
        assertEquals(0xfa, key[39] & 0xff);
    }

    @Test
    void allSixHashTypesAreEnabled() {
        assertEquals(EnumSet.of(RssHashType.IPV4, RssHashType.TCP_IPV4, RssHashType.UDP_IPV4,
                RssHashType.IPV6, RssHashType.TCP_IPV6, RssHashType.UDP_IPV6), s.rss().hashTypes());
    }

    @Test
    void retaIsRoundRobinOverTheQueues() {
        assertTrue(s.rss().reta().isRoundRobin());
        int[] reta = s.retaTable();
        assertEquals(128, reta.length);
        // RETA[i] = i % nqueues (docs/dispatch-model.md), by hand for a few buckets
        assertEquals(0, reta[0]);
        assertEquals(1, reta[1]);
        assertEquals(3, reta[7]);
        assertEquals(0, reta[124]);
        assertEquals(3, reta[127]);
    }

    @Test
    void defaultQueueIsZero() {
        assertEquals(0, s.rss().defaultQueue());
    }

    @Test
    void ringMapOffsetIsZeroSoQueueQIsOnCpuQ() {
        assertEquals(0, s.ringMap().offset());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.ringCpus());
    }

    @Test
    void netisrIsPolicyCpuWithHybridDispatch() {
        assertEquals(NetisrPolicy.CPU, s.netisr().policy());
        assertEquals(NetisrDispatch.HYBRID, s.netisr().dispatch());
    }

    @Test
    void qlimitIs256() {
        assertEquals(256, s.netisr().qlimit());
    }

    @Test
    void workstreamsDefaultToTheCpuCount() {
        assertEquals(4, s.netisr().workstreams());
        Scenario six = ScenarioLoader.parse("{\"cpus\": 6}", List.of());
        assertEquals(6, six.netisr().workstreams());
    }

    @Test
    void ifIndexIsOne() {
        assertEquals(1, s.netisr().ifIndex());
    }

    @Test
    void ifqStagingDefaultsAreTheSeedRevisions() {
        assertEquals(4, s.ifq().stageCntMax());
        assertEquals(1500, s.ifq().mtu());
        assertEquals(40, s.ifq().maxProtoHdr());
        assertEquals(MapSubq.DEFAULT, s.ifq().mapSubq());
        assertEquals(0, s.ifq().txWregNsegs());
    }

    @Test
    void trafficIsTenThousandPacketsOverSixtyFourFlows() {
        assertEquals(10000L, s.traffic().packets());
        assertEquals(64, s.traffic().flows());
    }

    @Test
    void trafficMixIsTheDocumentedOne() {
        assertArrayEquals(new double[] {0.4, 0.2, 0.2, 0.1, 0.1}, s.traffic().mixFractions());
    }

    @Test
    void sizesRangeFrom64To1514() {
        assertEquals(64, s.traffic().minSize());
        assertEquals(1514, s.traffic().maxSize());
    }

    @Test
    void noVlanFragmentsOrMalformedFrames() {
        assertEquals(0.0, s.traffic().vlan());
        assertEquals(0.0, s.traffic().fragments());
        assertEquals(0.0, s.traffic().malformed());
    }

    @Test
    void appForwards() {
        assertEquals(App.FORWARD, s.app());
    }

    @Test
    void noTransmitOnlyBatches() {
        assertEquals(List.of(), s.tx().batches());
    }

    @Test
    void rxBuffersIs256() {
        assertEquals(256, s.rxBuffers());
    }

    @Test
    void ringSizesAre512And1024() {
        assertEquals(512, s.rxRingSize());
        assertEquals(1024, s.txRingSize());
    }

    @Test
    void waveIsOff() {
        assertEquals(WaveMode.OFF, s.wave().mode());
        assertEquals("off", s.wave().jsonString());
    }

    @Test
    void noReconfiguration() {
        assertEquals(List.of(), s.reconfigure());
    }

    @Test
    void emptySectionsMeanTheSameDefaults() {
        String empty = "{\"rss\":{}, \"ringMap\":{}, \"netisr\":{}, \"ifq\":{}, \"traffic\":{\"sizes\":{}}, \"tx\":{}}";
        assertEquals(s, ScenarioLoader.parse(empty, List.of()));
    }

    @Test
    void defaultsFactoryEqualsTheEmptyScenario() {
        assertEquals(s, Scenario.defaults());
    }
}
