package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which block's signals a failure's save file shows first. */
class FailureFocusTest {
    @Test
    void hashAndParserStagesOpenOnTheParserAndHashGroup() {
        assertEquals(NicSignals.PARSER_AND_HASH, FailureFocus.groupFor("rx.hash"));
        assertEquals(NicSignals.PARSER_AND_HASH, FailureFocus.groupFor("rx.parser.tuple"));
        assertEquals(NicSignals.PARSER_AND_HASH, FailureFocus.groupFor("rx.hashType"));
    }

    @Test
    void queueAndDmaStagesOpenOnTheirBlocks() {
        assertEquals(NicSignals.RETA_GROUP, FailureFocus.groupFor("rx.reta.bucket"));
        assertEquals(NicSignals.RETA_GROUP, FailureFocus.groupFor("rx.queue"));
        assertEquals(NicSignals.RX_DMA, FailureFocus.groupFor("rx.dma.address"));
        assertEquals(NicSignals.TX_DOORBELLS, FailureFocus.groupFor("doorbell.sequence"));
        assertEquals(NicSignals.TX_ENGINE, FailureFocus.groupFor("tx.data"));
    }

    @Test
    void txStagesOpenOnTheDoorbellRegistersOrTheTxEngine() {
        assertEquals(NicSignals.TX_DOORBELLS, FailureFocus.groupFor("tx.doorbell"));
        assertEquals(NicSignals.TX_ENGINE, FailureFocus.groupFor("tx.desc.length"));
        assertEquals(NicSignals.TX_ENGINE, FailureFocus.groupFor("tx.bytes"));
    }

    @Test
    void aSimulationFailureKeepsTheDatapathOrder() {
        assertNull(FailureFocus.groupFor("stall"));
        List<SignalGroup> g = NicSignals.groups();
        assertEquals(g, FailureFocus.ordered(g, "stall"));
    }

    @Test
    void theFocusGroupMovesToTheFrontAndTheRestKeepTheirOrder() {
        List<SignalGroup> g = NicSignals.groups();
        List<SignalGroup> o = FailureFocus.ordered(g, "rx.queue");
        assertEquals(NicSignals.RETA_GROUP, o.get(0).name());
        List<SignalGroup> rest = g.stream().filter(x -> !x.name().equals(NicSignals.RETA_GROUP)).toList();
        assertEquals(rest, o.subList(1, o.size()));
    }
}
