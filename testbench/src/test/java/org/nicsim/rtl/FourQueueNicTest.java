package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.CAPS;
import static org.nicsim.driver.NicRegisters.CAPS_NUM_QUEUES_MASK;
import static org.nicsim.driver.NicRegisters.MMIO_WRITES;
import static org.nicsim.driver.NicRegisters.RSS_HASH_TYPES_TCP_IPV4;
import static org.nicsim.driver.NicRegisters.RSS_HASH_TYPES_TCP_IPV6;
import static org.nicsim.driver.NicRegisters.RXQ_SIZE;
import static org.nicsim.driver.NicRegisters.TXQ_DOORBELLS;
import static org.nicsim.driver.NicRegisters.TXQ_TAIL;
import static org.nicsim.driver.NicRegisters.UNMAPPED_VALUE;
import static org.nicsim.driver.NicRegisters.queueReg;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.TxFrame;
import org.nicsim.cosim.NicOptions;
import org.nicsim.rtl.RxFrames.L4;

/**
 * nic_top built with NUM_QUEUES=4 (libnicsim-nic_top-q4.so): the model, the register file, the
 * bridge's monitors and the datapaths all follow the parameter.
 */
class FourQueueNicTest {
    private static final int Q = 4;

    private static NicModel open() {
        return NicModel.open(NicOptions.builder().numQueues(Q).seed(1).hostMemoryBytes(1 << 20).build());
    }

    @Test
    void capsTheModelAndTheIrqPortAllSayFourQueues() {
        try (NicModel m = open()) {
            assertEquals(Q, m.numQueues());
            assertEquals(Q, m.mmioRead(CAPS) & CAPS_NUM_QUEUES_MASK);
            assertEquals(Q, m.pins().ports().get(m.pins().portId("irq")).width());
        }
    }

    @Test
    void queueBlocksFromNumQueuesOnAreUnmapped() {
        try (NicModel m = open()) {
            int before = m.mmioRead(MMIO_WRITES);
            m.mmioWrite(queueReg(Q - 1, RXQ_SIZE), 64);
            m.mmioWrite(queueReg(Q, RXQ_SIZE), 64);
            assertEquals(64, m.mmioRead(queueReg(Q - 1, RXQ_SIZE)));
            assertEquals(UNMAPPED_VALUE, m.mmioRead(queueReg(Q, RXQ_SIZE)));
            assertEquals(before + 2, m.mmioRead(MMIO_WRITES), "the unmapped write is still counted");
        }
    }

    @Test
    void doorbellsAreReportedForEveryQueueAndNoneBeyond() {
        try (NicModel m = open()) {
            m.drainEvents();
            for (int q = 0; q <= Q; q++) {
                m.mmioWrite(queueReg(q, TXQ_TAIL), 0);
            }
            m.mmioDrain(10_000);
            List<Integer> queues = new ArrayList<>();
            for (BridgeEvent e : m.drainEvents()) {
                if (e.kind() == EventKind.DOORBELL) {
                    queues.add(e.queue());
                }
            }
            assertEquals(List.of(0, 1, 2, 3), queues);
            assertEquals(1, m.mmioRead(queueReg(Q - 1, TXQ_DOORBELLS)));
        }
    }

    @Test
    void rssSpreadsTheMicrosoftVectorsOverTheFourRingsAsTheRetaSays() {
        RxHarness h = RxHarness.open(NicOptions.builder().numQueues(Q));
        try {
            int[] reta = new int[128];
            for (int i = 0; i < reta.length; i++) {
                reta[i] = (5 * i + 3) % Q;
            }
            h.key(RxVectors.load().key());
            h.hashTypes(RSS_HASH_TYPES_TCP_IPV4 | RSS_HASH_TYPES_TCP_IPV6);
            h.reta(reta);
            h.defaultQueue(0);
            h.filledRings(Q, 32, 256);
            h.rxEnable(true);
            h.sync();
            int[] perQueue = new int[Q];
            for (RxVectors.Vector v : RxVectors.load().vectors()) {
                RxWriteBack wb = h.deliverOne(RxFrames.of(v, L4.TCP)).writeBack();
                assertEquals(Integer.toHexString(v.hashL4()), Integer.toHexString(wb.hash()), v.toString());
                assertEquals(reta[v.hashL4() & 127], wb.queue(), v.toString());
                perQueue[wb.queue()]++;
            }
            for (int q = 0; q < Q; q++) {
                assertTrue(perQueue[q] > 0, "queue " + q + " received no vector");
            }
        } finally {
            h.close();
        }
    }

    @Test
    void theLastTxQueueSendsItsRing() {
        TxHarness h = TxHarness.open(o -> o.numQueues(Q));
        try {
            h.enableTx();
            TxHarness.Ring r = h.ring(Q - 1, 16);
            List<byte[]> sent = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                byte[] f = TxHarness.frame(Q - 1, s, 64 + 50 * s);
                h.postFrame(r, f, 0, false);
                sent.add(f);
            }
            h.doorbell(r);
            List<TxFrame> got = h.runUntilFrames(sent.size(), 200_000);
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i), got.get(i).bytes(), "frame " + i);
            }
            h.assertCleanStream();
        } finally {
            h.close();
        }
    }
}
