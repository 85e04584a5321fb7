package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Doorbell, interrupt and MMIO events, and run() stopping on them. */
class EventLogTest {
    // a doorbell layout unlike the NIC's, to show the monitor decodes whatever it is given:
    // register 0x8 of four 0x20-byte blocks from 0x800 (bridge_test_top answers every address)
    private static final DoorbellWindow WINDOW = new DoorbellWindow(0x800, 0x20, 0x8, 4);

    private static int bell(int q) {
        return 0x800 + 0x20 * q + 0x8;
    }

    private static List<BridgeEvent> of(List<BridgeEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    private static NicModel openWithWindow(DoorbellWindow w) {
        return NicModel.open(TestTop.options().doorbells(w).build());
    }

    @Test
    void aWriteToTheDoorbellOfAQueueIsLoggedForThatQueue() {
        try (NicModel m = openWithWindow(WINDOW)) {
            m.drainEvents();
            m.mmioWrite(bell(3), 5);
            RunResult r = m.run(1000, EventKind.DOORBELL.bit());
            assertTrue(r.stopped(), "run stops at the doorbell");
            List<BridgeEvent> bells = of(m.drainEvents(), EventKind.DOORBELL);
            assertEquals(1, bells.size());
            BridgeEvent d = bells.get(0);
            assertEquals(3, d.queue());
            assertEquals(5, d.value());
            assertEquals(0xF, d.detail(), "WSTRB");
            assertEquals(m.cycle() - 1, d.cycle(), "the run stopped after the doorbell's cycle");
        }
    }

    @Test
    void writesOutsideTheDoorbellRegistersAreNoDoorbells() {
        try (NicModel m = openWithWindow(WINDOW)) {
            m.drainEvents();
            m.mmioWrite(TestTop.SCRATCH, 1);
            m.mmioWrite(bell(3) - 4, 1);       // same block, other register
            m.mmioWrite(bell(3) + 4, 1);
            m.mmioWrite(bell(4), 1);           // the block after the last queue
            m.mmioWrite(bell(0) - 0x20, 1);    // the block before the first
            m.mmioDrain(1000);
            assertTrue(of(m.drainEvents(), EventKind.DOORBELL).isEmpty());
        }
    }

    @Test
    void withoutAWindowNothingIsADoorbell() {
        try (NicModel m = openWithWindow(DoorbellWindow.NONE)) {
            m.drainEvents();
            m.mmioWrite(bell(0), 1);
            m.mmioDrain(1000);
            assertTrue(of(m.drainEvents(), EventKind.DOORBELL).isEmpty());
        }
    }

    @Test
    void allQueuesMeansEveryQueueOfTheModel() {
        try (NicModel m = openWithWindow(new DoorbellWindow(0x800, 0x20, 0x8, DoorbellWindow.ALL_QUEUES))) {
            m.drainEvents();
            int last = m.numQueues() - 1;
            m.mmioWrite(bell(last), 2);
            m.mmioWrite(bell(last + 1), 2);
            m.mmioDrain(1000);
            assertEquals(List.of(last), of(m.drainEvents(), EventKind.DOORBELL).stream().map(BridgeEvent::queue).toList());
        }
    }

    @Test
    void aWindowWiderThanTheModelIsRejected() {
        DoorbellWindow tooMany = new DoorbellWindow(0x800, 0x20, 0x8, 65);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> openWithWindow(tooMany).close());
        assertTrue(e.getMessage().contains("doorbell queues"), e.getMessage());
    }

    @Test
    void aMisalignedWindowIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DoorbellWindow(0x800, 0x20, 0x20, 4));
        assertTrue(e.getMessage().startsWith("doorbells.offset"), e.getMessage());
    }

    @Test
    void everyDoorbellWriteCountsEvenWithAnUnchangedValue() {
        try (NicModel m = openWithWindow(WINDOW)) {
            m.drainEvents();
            for (int i = 0; i < 3; i++) {
                m.mmioWrite(bell(1), 0);
            }
            m.mmioDrain(1000);
            List<BridgeEvent> bells = of(m.drainEvents(), EventKind.DOORBELL);
            assertEquals(3, bells.size());
            assertTrue(bells.get(0).cycle() < bells.get(1).cycle() && bells.get(1).cycle() < bells.get(2).cycle());
        }
    }

    @Test
    void irqEdgesAreLoggedPerBit() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.drainEvents();
            m.mmioWrite(TestTop.IRQ, 0b101);
            RunResult r = m.run(1000, EventKind.IRQ_RISE.bit());
            assertTrue(r.saw(EventKind.IRQ_RISE));
            List<BridgeEvent> rises = of(m.drainEvents(), EventKind.IRQ_RISE);
            assertEquals(List.of(0, 2), rises.stream().map(BridgeEvent::queue).toList());
            assertEquals(rises.get(0).cycle(), rises.get(1).cycle());

            m.mmioWrite(TestTop.IRQ, 0b100);
            m.mmioDrain(1000);
            m.run(5, 0);
            List<BridgeEvent> events = m.drainEvents();
            assertEquals(List.of(0), of(events, EventKind.IRQ_FALL).stream().map(BridgeEvent::queue).toList());
            assertTrue(of(events, EventKind.IRQ_RISE).isEmpty());
        }
    }

    @Test
    void runWithoutStopMaskUsesTheWholeBudget() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.mmioWrite(TestTop.IRQ, 1);
            RunResult r = m.run(500, 0);
            assertEquals(500, r.cycles());
            assertTrue(r.saw(EventKind.IRQ_RISE));
            assertFalse(r.stopped());
        }
    }

    @Test
    void mmioIdleTellsWhenQueuedWritesHaveCompleted() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            for (int i = 0; i < 4; i++) {
                m.mmioWrite(TestTop.SCRATCH, i);
            }
            assertEquals(4, m.mmioPending());
            assertFalse(m.mmioIdle());
            RunResult r = m.run(10_000, EventKind.MMIO_IDLE.bit());
            assertTrue(r.stopped());
            assertTrue(m.mmioIdle());
            assertEquals(3, m.mmioRead(TestTop.SCRATCH), "writes were performed in order");
        }
    }
}
