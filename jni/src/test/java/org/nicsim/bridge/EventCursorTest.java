package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Draining into a reused cursor: the same events as the list form, one batch per drain. */
class EventCursorTest {
    // nic_top's doorbells: TXQ_TAIL (0x2C) of the 0x40-byte queue blocks from 0x1000
    private static final DoorbellWindow NIC_DOORBELLS = new DoorbellWindow(0x1000, 0x40, 0x2C, DoorbellWindow.ALL_QUEUES);
    private static final int TXQ_TAIL_3 = 0x1000 + 0x40 * 3 + 0x2C;

    private static List<BridgeEvent> doorbells(EventCursor c) {
        List<BridgeEvent> out = new ArrayList<>();
        while (c.next()) {
            if (c.kind() == EventKind.DOORBELL) {
                out.add(c.toEvent());
            }
        }
        return out;
    }

    @Test
    void cursorShowsADoorbellsFieldsAsTheRegisterWriteMadeThem() {
        try (NicModel m = NicModel.open(NicModelOptions.builder().doorbells(NIC_DOORBELLS).build())) {
            EventCursor c = new EventCursor();
            m.drainEvents(c);
            m.mmioWrite(TXQ_TAIL_3, 5);
            m.run(1000, EventKind.DOORBELL.bit());
            List<BridgeEvent> bells = doorbells(m.drainEvents(c));
            assertEquals(1, bells.size());
            BridgeEvent d = bells.get(0);
            assertEquals(3, d.queue());
            assertEquals(5, d.value());
            assertEquals(0xF, d.detail(), "WSTRB");
            assertEquals(m.cycle() - 1, d.cycle(), "the run stopped after the doorbell's cycle");
        }
    }

    @Test
    void eachDrainReplacesTheBatchAndTheCursorIsReusable() {
        try (NicModel m = NicModel.open(NicModelOptions.builder().doorbells(NIC_DOORBELLS).build())) {
            EventCursor c = new EventCursor();
            m.drainEvents(c);
            m.mmioWrite(TXQ_TAIL_3, 1);
            m.mmioDrain(1000);
            assertSame(c, m.drainEvents(c));
            assertEquals(1, doorbells(c).size());
            m.mmioWrite(TXQ_TAIL_3, 2);
            m.mmioWrite(TXQ_TAIL_3, 3);
            m.mmioDrain(1000);
            List<BridgeEvent> second = doorbells(m.drainEvents(c));
            assertEquals(List.of(2L, 3L), second.stream().map(BridgeEvent::value).toList());
        }
    }

    @Test
    void aBatchLongerThanTheCursorsArrayArrivesWholeAndInOrder() {
        try (NicModel m = NicModel.open(NicModelOptions.builder().doorbells(NIC_DOORBELLS).build())) {
            EventCursor c = new EventCursor(new WordBatch(EventCursor.WORDS));   // room for one event
            m.drainEvents(c);
            for (int tail = 1; tail <= 40; tail++) {
                m.mmioWrite(TXQ_TAIL_3, tail);
            }
            m.mmioDrain(10_000);
            List<Long> tails = doorbells(m.drainEvents(c)).stream().map(BridgeEvent::value).toList();
            assertEquals(LongStream.rangeClosed(1, 40).boxed().toList(), tails);
            assertEquals(0, m.drainEvents(c).size(), "a drain takes the events once");
        }
    }

    @Test
    void aListDrainsEventsStayAsTheyWereAfterLaterDrains() {
        try (NicModel m = NicModel.open(NicModelOptions.builder().doorbells(NIC_DOORBELLS).build())) {
            m.drainEvents();
            m.mmioWrite(TXQ_TAIL_3, 7);
            m.mmioDrain(1000);
            List<BridgeEvent> first = m.drainEvents();
            m.mmioWrite(TXQ_TAIL_3, 8);
            m.mmioDrain(1000);
            List<BridgeEvent> second = m.drainEvents();
            assertEquals(List.of(7L), tails(first));
            assertEquals(List.of(8L), tails(second));
        }
    }

    private static List<Long> tails(List<BridgeEvent> events) {
        return events.stream().filter(e -> e.kind() == EventKind.DOORBELL).map(BridgeEvent::value).toList();
    }

    @Test
    void emptyCursorHasNoEvents() {
        EventCursor c = new EventCursor();
        assertEquals(0, c.size());
        assertFalse(c.next());
        assertFalse(c.next(), "stays past the end");
    }

    @Test
    void readingWithoutACurrentEventIsAnError() {
        EventCursor c = new EventCursor();
        IllegalStateException e = assertThrows(IllegalStateException.class, c::cycle);
        assertTrue(e.getMessage().contains("next()"));
    }
}
