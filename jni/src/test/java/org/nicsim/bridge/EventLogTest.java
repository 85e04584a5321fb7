package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Doorbell, interrupt and MMIO events, and run() stopping on them. */
class EventLogTest {
    private static final int TXQ_TAIL_3 = 0x1000 + 0x40 * 3 + 0x2C;  // docs/registers.md

    private static List<BridgeEvent> of(List<BridgeEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void txqTailWriteOnNicTopIsLoggedAsADoorbellForItsQueue() {
        try (NicModel m = NicModel.open(NicModelOptions.defaults())) {
            m.drainEvents();
            m.mmioWrite(TXQ_TAIL_3, 5);
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
    void writesToOtherRegistersAreNoDoorbells() {
        try (NicModel m = NicModel.open(NicModelOptions.defaults())) {
            m.drainEvents();
            m.mmioWrite(0x0014, 1);                 // SCRATCH
            m.mmioWrite(0x1000 + 0x40 * 3 + 0x0C, 1);  // RXQ_TAIL of queue 3
            m.mmioWrite(0x1000 + 0x40 * 3 + 0x28, 8);  // TXQ_SIZE of queue 3
            m.mmioDrain(1000);
            assertTrue(of(m.drainEvents(), EventKind.DOORBELL).isEmpty());
        }
    }

    @Test
    void everyTailWriteCountsEvenWithAnUnchangedValue() {
        try (NicModel m = NicModel.open(NicModelOptions.defaults())) {
            m.drainEvents();
            for (int i = 0; i < 3; i++) {
                m.mmioWrite(TXQ_TAIL_3, 0);
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
