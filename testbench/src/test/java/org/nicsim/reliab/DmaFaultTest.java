package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.NicRegisters;
import org.nicsim.run.Fate;
import org.nicsim.scoreboard.Check;

/**
 * A buggy driver programs a ring outside host memory (here: straight through the bridge after the
 * real driver attached). The NIC's DMA gets error responses; the run says which engine, which
 * address and which queue's ring it was, and fails a check (never passes silently).
 */
class DmaFaultTest {
    /** Far above the host memory the run allocates (a few MiB at bus address 0). */
    private static final long BAD_BASE = 0x4000_0000L;

    private static void pointRing(org.nicsim.bridge.NicModel m, int q, int lo, int hi) {
        m.mmioWrite(NicRegisters.queueReg(q, lo), (int) BAD_BASE);
        m.mmioWrite(NicRegisters.queueReg(q, hi), 0);
        m.mmioDrain(1_000);
    }

    @Test
    void rxRingOutsideHostMemoryIsReportedWithEngineAddressAndQueue() {
        SimRun run = SimRun.of("{\"seed\":9,\"queues\":2,\"cpus\":2,\"app\":\"sink\",\"rxBuffers\":16,\"rxRingSize\":32,"
                + "\"traffic\":{\"packets\":200}}", b -> b,
                (m, s) -> pointRing(m, 1, NicRegisters.RXQ_BASE_LO, NicRegisters.RXQ_BASE_HI));
        assertNotNull(run.result, run::mismatches);
        assertFalse(run.result.passed(), "a DMA fault must fail the run");
        assertTrue(run.result.dmaFaults() > 0);
        assertTrue(run.result.scoreboard().failed(Check.COUNTERS) > 0);
        String first = run.result.faults().get(0);
        // docs/registers.md: descriptor i of a ring lives at RXQ_BASE + 16 i, so the address names the slot
        Matcher m = Pattern.compile("RX engine read at 0x([0-9a-f]+) failed with DECERR \\(outside host memory "
                + "0x0\\.\\.0x[0-9a-f]+\\): RX ring 1 descriptor (\\d+) \\(RXQ_BASE 0x40000000, 32 entries\\)").matcher(first);
        assertTrue(m.find(), first);
        long addr = Long.parseLong(m.group(1), 16);
        assertEquals(BAD_BASE + 16L * Integer.parseInt(m.group(2)), addr, first);
        assertTrue(run.result.scoreboard().firstMismatches().stream()
                .anyMatch(x -> x.field().equals("host-memory bus faults") && x.hardware().contains("RX ring 1")));
    }

    @Test
    void txRingOutsideHostMemoryStallsTheQueueAndTheStallNamesTheFault() {
        // a failed descriptor read gets no DD and HEAD stays (rtl/README.md): the frames never leave
        SimRun run = SimRun.of("{\"seed\":9,\"queues\":1,\"cpus\":1,\"traffic\":{\"packets\":0},\"txRingSize\":64,"
                + "\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[100,200]}]}}", b -> b, (m, s) -> {
                    pointRing(m, 0, NicRegisters.TXQ_BASE_LO, NicRegisters.TXQ_BASE_HI);
                    s.setStallCycles(5_000);
                });
        SimulationStallException e = assertInstanceOf(SimulationStallException.class, run.failure, run::mismatches);
        assertTrue(e.getMessage().contains("bus faults, first: "), e.getMessage());
        assertTrue(e.getMessage().contains("TX engine read at 0x40000000 failed with DECERR"), e.getMessage());
        assertTrue(e.getMessage().contains("TX ring 0 descriptor 0 (TXQ_BASE 0x40000000, 64 entries)"), e.getMessage());
    }

    @Test
    void rxBufferPostedOutsideHostMemoryNamesTheQueueAndSlotItWasPostedIn() {
        // rewrite the first posted descriptor of queue 0 before the NIC fetches it: buffer 8 MiB past the end
        long[] bad = new long[1];
        SimRun run = SimRun.of("{\"seed\":4,\"queues\":1,\"cpus\":1,\"app\":\"sink\",\"rxBuffers\":8,\"rxRingSize\":16,"
                + "\"traffic\":{\"packets\":20}}", b -> b, (m, s) -> {
                    long ringBase = Integer.toUnsignedLong(m.mmioRead(NicRegisters.queueReg(0, NicRegisters.RXQ_BASE_LO)));
                    bad[0] = m.hostMemory().capacity() + (8L << 20);
                    // descriptors are cached by the NIC: a SIZE write empties the cache and the TAIL re-posts the ring
                    m.hostMemory().putLong((int) ringBase, bad[0]);
                    m.mmioWrite(NicRegisters.queueReg(0, NicRegisters.RXQ_SIZE), 16);
                    m.mmioWrite(NicRegisters.queueReg(0, NicRegisters.RXQ_TAIL), 8);
                    m.mmioDrain(1_000);
                });
        assertNotNull(run.result, run::mismatches);
        assertFalse(run.result.passed());
        String first = run.result.faults().get(0);
        assertTrue(first.contains(String.format("RX engine write at 0x%x failed with DECERR", bad[0])), first);
        // rx_engine: a failed data write consumes the descriptor and writes it back with length 0
        assertTrue(first.contains("the buffer posted in RX ring 0 descriptor 0 (written back with length 0"), first);
    }

    @Test
    void aFrameWhoseBufferWriteFailedHasTheFateErrorAsTheNicCountsIt() {
        // the NIC counts a failed data write as RX_DROP_ERROR: the frame's fate and the counters agree
        SimRun run = SimRun.of("{\"seed\":4,\"queues\":1,\"cpus\":1,\"app\":\"sink\",\"rxBuffers\":8,\"rxRingSize\":16,"
                + "\"traffic\":{\"packets\":20}}", b -> b, (m, s) -> {
                    long ringBase = Integer.toUnsignedLong(m.mmioRead(NicRegisters.queueReg(0, NicRegisters.RXQ_BASE_LO)));
                    m.hostMemory().putLong((int) ringBase, m.hostMemory().capacity() + (8L << 20));
                    m.mmioWrite(NicRegisters.queueReg(0, NicRegisters.RXQ_SIZE), 16);
                    m.mmioWrite(NicRegisters.queueReg(0, NicRegisters.RXQ_TAIL), 8);
                    m.mmioDrain(1_000);
                });
        assertNotNull(run.result, run::mismatches);
        assertEquals(1, run.result.fate(Fate.ERROR), run::mismatches);
        assertEquals(0, run.result.fate(Fate.NOBUF), run::mismatches);
        assertEquals(0, run.result.scoreboard().failed(Check.ACCOUNTING), run::mismatches);
        assertTrue(run.result.scoreboard().firstMismatches().stream()
                .noneMatch(m -> m.field().startsWith("RX_DROP")), run::mismatches);
    }
}
