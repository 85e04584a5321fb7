package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/** Queues, qlimit, qdrops, the worker's batches, drained callbacks and rollups. */
class NetisrWorkerTest {
    private static Netisr deferred(int ncpus) {
        return new Netisr(NetisrConfig.defaults(ncpus).withDispatch(NetisrDispatch.DEFERRED));
    }

    @Test
    void fullQueueFreesThePacketAndCountsQdrop() {
        Netisr n = deferred(1);
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).qlimit(2).build());
        List<Object> freed = new ArrayList<>();
        n.setFreeListener((m, p, r) -> freed.add(m.payload() + ":" + r));
        assertEquals(Errno.OK, n.queue(CpuContext.driver(0), 1, Mbuf.local(64, "a")));
        assertEquals(Errno.OK, n.queue(CpuContext.driver(0), 1, Mbuf.local(64, "b")));
        assertEquals(Errno.ENOBUFS, n.queue(CpuContext.driver(0), 1, Mbuf.local(64, "c")));
        assertEquals(List.of("c:QUEUE_FULL"), freed);
        NetisrWorkStats s = n.stats(1, 0);
        assertEquals(1, s.qdrops());
        assertEquals(2, s.queued());
        assertEquals(2, s.len());
        assertEquals(2, s.watermark());
        assertEquals(1, n.getqdrops(1));
    }

    @Test
    void clearqdropsZeroesTheDropCounters() {
        Netisr n = deferred(2);
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).qlimit(1).build());
        n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        assertEquals(1, n.getqdrops(1));
        n.clearqdrops(1);
        assertEquals(0, n.getqdrops(1));
    }

    @Test
    void effectiveDepthReachesTwiceTheQlimit() {
        Netisr n = deferred(2);
        List<Integer> depthSeen = new ArrayList<>();
        int[] calls = {0};
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> {
            if (calls[0]++ == 0) {
                // While the worker holds its batch of 3, the queue is empty and takes 3 more.
                for (int i = 0; i < 4; i++) {
                    n.queue(CpuContext.driver(1), 1, Mbuf.local(64, null));
                }
                depthSeen.add(n.effectiveDepth(1, 0));
            }
        }).qlimit(3).build());
        for (int i = 0; i < 3; i++) {
            n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null)); // source 0 -> CPU 0
        }
        assertEquals(6, n.runWorker(0));
        assertEquals(List.of(6), depthSeen); // the batch of 3 (one in the handler) + 3 queued, 1 dropped
        NetisrWorkStats s = n.stats(1, 0);
        assertEquals(6, s.effectiveDepthWatermark()); // 2 x qlimit
        assertEquals(3, s.watermark());
        assertEquals(1, s.qdrops());
        assertEquals(6, s.handled());
    }

    @Test
    void workerServesProtocolsLowestNumberFirst() {
        Netisr n = deferred(1);
        List<String> order = new ArrayList<>();
        n.register(NetisrHandler.builder("ipv6", 6, (m, c) -> order.add("ipv6")).build());
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> order.add("ip")).build());
        n.register(NetisrHandler.builder("arp", 4, (m, c) -> order.add("arp")).build());
        n.queue(CpuContext.driver(0), 6, Mbuf.local(64, null));
        n.queue(CpuContext.driver(0), 4, Mbuf.local(64, null));
        n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        n.queue(CpuContext.driver(0), 6, Mbuf.local(64, null));
        n.runWorker(0);
        assertEquals(List.of("ip", "arp", "ipv6", "ipv6"), order);
    }

    @Test
    void handledIsAddedAfterTheWholeBatch() {
        Netisr n = deferred(1);
        List<Long> handledDuring = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> handledDuring.add(n.stats(1, 0).handled())).build());
        for (int i = 0; i < 3; i++) {
            n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        }
        n.runWorker(0);
        assertEquals(List.of(0L, 0L, 0L), handledDuring);
        assertEquals(3, n.stats(1, 0).handled());
    }

    @Test
    void drainedCallbackRunsOncePerWorkerBatchWithTheCpu() {
        Netisr n = deferred(2);
        List<Integer> drained = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).drainedcpu(drained::add).build());
        n.queue(CpuContext.driver(0), 1, new Mbuf(0, 0, Mbuf.NO_RCVIF, -1, 64, null)); // source 0 -> CPU 0
        n.queueSrc(CpuContext.driver(0), 1, 1, Mbuf.local(64, null)); // source 1 -> CPU 1
        n.queueSrc(CpuContext.driver(0), 1, 1, Mbuf.local(64, null));
        n.runWorker(1);
        n.runWorker(0);
        assertEquals(List.of(1, 0), drained);
    }

    @Test
    void drainedCallbackNeverRunsOnDirectDispatch() {
        Netisr n = new Netisr(NetisrConfig.defaults(2));
        List<Integer> drained = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).drainedcpu(drained::add).build());
        n.dispatch(CpuContext.driver(0), 1, Mbuf.local(64, null));
        assertTrue(drained.isEmpty());
    }

    @Test
    void drainedCallbackNeverRunsOnHybridDirectDispatch() {
        Netisr n = new Netisr(NetisrConfig.defaults(2).withDispatch(NetisrDispatch.HYBRID));
        List<Integer> drained = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).drainedcpu(drained::add).build());
        n.dispatch(CpuContext.driver(0), 1, Mbuf.local(64, null)); // source 0 -> CPU 0, idle
        assertEquals(1, n.stats(1, 0).hybridDispatched());
        assertTrue(drained.isEmpty());
    }

    @Test
    void workerRunClearsScheduledAndPending() {
        Netisr n = deferred(1);
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> assertTrue(n.isRunning(0))).build());
        assertEquals(0, n.runWorker(0));
        n.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        assertTrue(n.isScheduled(0));
        assertEquals(1, n.runWorker(0));
        assertFalse(n.isScheduled(0));
        assertFalse(n.hasPending(0));
        assertFalse(n.isRunning(0));
    }

    @Test
    void rollupHooksRunAfterAWorkerBatchOnly() {
        Netisr n = new Netisr(NetisrConfig.defaults(2));
        List<String> events = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> events.add("handle@" + c.cpu()))
                .dispatch(NetisrDispatch.DEFAULT).build());
        n.addRollup(cpu -> events.add("rollup@" + cpu));
        n.dispatch(CpuContext.driver(1), 1, Mbuf.local(64, null)); // DIRECT: no rollup
        n.runWorker(1); // nothing queued: no rollup
        n.queueSrc(CpuContext.driver(0), 1, 1, Mbuf.local(64, null));
        n.runWorker(1);
        assertEquals(List.of("handle@1", "handle@1", "rollup@1"), events);
    }
}
