package org.nicsim.rtl;

import org.nicsim.cosim.NicOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModelOptions;

/**
 * A stream faster than the DMA: host memory answers writes slowly (64-cycle write response, two
 * bursts outstanding), so the data and metadata FIFOs fill and tready falls; every frame still
 * arrives, intact and in order, with no drop.
 */
class RxBackPressureTest {
    private RxHarness h;

    @BeforeEach
    void open() {
        h = RxHarness.open(NicOptions.builder().writeLatency(64).maxOutstanding(2));
        h.key(RxVectors.load().key());
        h.hashTypes(1 << 2);
        int[] reta = new int[128];
        for (int i = 0; i < 128; i++) {
            reta[i] = i % 4;
        }
        h.reta(reta);
        for (int q = 0; q < 4; q++) {
            h.ring(q, 256, 1024).fill();
        }
        h.rxEnable(true);
        h.sync();
        h.drainEvents();
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void burstThatOutrunsTheDmaIsBackPressuredWithoutLoss() {
        int n = 200;
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            len[i] = i % 3 == 0 ? 900 : 64; // large frames fill the 16 KiB data FIFO, small ones the metadata FIFO
            h.inject(RxFrames.tcp4("10.0." + (i >> 8) + "." + (i & 255), "192.0.2." + (i * 7 & 255), 1024 + i, 80, len[i]));
        }
        h.runUntilIdle();
        List<Long> c = new ArrayList<>();
        for (BridgeEvent e : h.drainEvents()) {
            if (e.kind() == EventKind.RX_ACCEPTED) {
                c.add(e.cycle());
            }
        }
        long stalled = 0;
        for (int i = 1; i < n; i++) {
            stalled += c.get(i) - c.get(i - 1) - (len[i] + 7) / 8;
        }
        assertTrue(stalled > 1000, "tready was low for " + stalled + " cycles");
        List<RxDelivery> got = h.harvest(); // compares every buffer with its frame
        assertEquals(n, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, got.get(i).sequence());
        }
        assertEquals(new RxCounters(n, n, 0, 0, 0), h.counters());
    }
}
