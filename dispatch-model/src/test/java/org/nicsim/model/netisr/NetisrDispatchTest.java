package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/** Dispatch policies DIRECT / HYBRID / DEFERRED and their counters. */
class NetisrDispatchTest {
    private final List<String> ran = new ArrayList<>();

    private Netisr netisr(NetisrDispatch global, NetisrDispatch own) {
        Netisr n = new Netisr(NetisrConfig.defaults(4).withDispatch(global));
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> ran.add(m.payload() + "@" + c.cpu()
                + (c.netisrThread() ? "w" : "d"))).dispatch(own).policy(NetisrPolicy.FLOW).build());
        return n;
    }

    /** Hash 1 selects CPU 1 under FLOW. */
    private static Mbuf toCpu1(String tag) {
        return new Mbuf(1, 0x82, 1, 0, 64, tag);
    }

    @Test
    void globalDefaultDispatchIsDirect() {
        assertEquals(NetisrDispatch.DIRECT, NetisrConfig.defaults(2).defaultDispatch());
    }

    @Test
    void directRunsNowOnTheCurrentCpuWithoutSelection() {
        Netisr n = netisr(NetisrDispatch.DIRECT, NetisrDispatch.DEFAULT);
        assertEquals(Errno.OK, n.dispatch(CpuContext.driver(3), 1, toCpu1("a")));
        assertEquals(List.of("a@3d"), ran);
        NetisrWorkStats s = n.stats(1, 3);
        assertEquals(1, s.dispatched());
        assertEquals(1, s.handled());
        assertEquals(0, s.queued());
        assertEquals(0, n.stats(1, 1).handled());
    }

    @Test
    void directBorrowsStatsOfACpuWithoutWorkstream() {
        Netisr n = new Netisr(NetisrConfig.defaults(4).withWorkstreams(2));
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> { }).build());
        n.dispatch(CpuContext.driver(3), 1, Mbuf.local(64, null));
        assertEquals(1, n.stats(1, 3).dispatched());
    }

    @Test
    void deferredQueuesOnTheSelectedCpuAndTheWorkerHandlesIt() {
        Netisr n = netisr(NetisrDispatch.DEFERRED, NetisrDispatch.DEFAULT);
        n.dispatch(CpuContext.driver(0), 1, toCpu1("a"));
        assertTrue(ran.isEmpty());
        assertEquals(1, n.stats(1, 1).queued());
        assertEquals(1, n.stats(1, 1).len());
        assertTrue(n.hasPending(1));
        assertEquals(1, n.runWorker(1));
        assertEquals(List.of("a@1w"), ran);
        assertEquals(1, n.stats(1, 1).handled());
        assertEquals(0, n.stats(1, 1).dispatched());
        assertEquals(0, n.stats(1, 1).len());
    }

    @Test
    void protocolDispatchOverridesTheGlobalDefault() {
        Netisr n = netisr(NetisrDispatch.DIRECT, NetisrDispatch.DEFERRED);
        n.dispatch(CpuContext.driver(1), 1, toCpu1("a"));
        assertTrue(ran.isEmpty());
        assertEquals(NetisrDispatch.DEFERRED, n.dispatchPolicy(1));
    }

    @Test
    void queueNeverRunsTheHandlerEvenUnderDirect() {
        Netisr n = netisr(NetisrDispatch.DIRECT, NetisrDispatch.DIRECT);
        n.queue(CpuContext.driver(1), 1, toCpu1("a"));
        assertTrue(ran.isEmpty());
        assertEquals(1, n.stats(1, 1).queued());
    }

    @Test
    void hybridToAnotherCpuQueuesThere() {
        Netisr n = netisr(NetisrDispatch.HYBRID, NetisrDispatch.DEFAULT);
        n.dispatch(CpuContext.driver(0), 1, toCpu1("a"));
        assertTrue(ran.isEmpty());
        assertEquals(1, n.stats(1, 1).queued());
    }

    @Test
    void hybridOnAnIdleSelectedCpuRunsNow() {
        Netisr n = netisr(NetisrDispatch.HYBRID, NetisrDispatch.DEFAULT);
        n.dispatch(CpuContext.driver(1), 1, toCpu1("a"));
        assertEquals(List.of("a@1d"), ran);
        NetisrWorkStats s = n.stats(1, 1);
        assertEquals(1, s.handled());
        assertEquals(1, s.hybridDispatched());
        assertEquals(0, s.dispatched());
        assertEquals(0, s.queued());
    }

    @Test
    void hybridOnAScheduledCpuQueuesLocally() {
        Netisr n = netisr(NetisrDispatch.HYBRID, NetisrDispatch.DEFAULT);
        n.queue(CpuContext.driver(0), 1, toCpu1("first"));
        assertTrue(n.isScheduled(1));
        n.dispatch(CpuContext.driver(1), 1, toCpu1("second"));
        assertTrue(ran.isEmpty());
        n.runWorker(1);
        assertEquals(List.of("first@1w", "second@1w"), ran);
    }

    @Test
    void hybridFromTheRunningWorkerQueuesLocally() {
        Netisr n = new Netisr(NetisrConfig.defaults(2).withDispatch(NetisrDispatch.HYBRID));
        List<String> order = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> order.add("ip" + m.payload())).build());
        n.register(NetisrHandler.builder("ether", 5, (m, c) -> {
            order.add("ether" + m.payload());
            assertTrue(n.isRunning(c.cpu()));
            // Source 0 without rcvif selects CPU 0, the running worker: must queue, not recurse.
            n.dispatch(c, 1, m);
            order.add("ether-done" + m.payload());
        }).build());
        n.queue(CpuContext.driver(0), 5, Mbuf.local(64, 1));
        assertEquals(2, n.runWorker(0));
        assertEquals(List.of("ether1", "ether-done1", "ip1"), order);
        assertEquals(0, n.stats(1, 0).hybridDispatched());
        assertEquals(1, n.stats(1, 0).handled());
    }

    @Test
    void hybridNestedInAHybridDispatchQueuesAndSchedulesTheWorker() {
        Netisr n = new Netisr(NetisrConfig.defaults(2).withDispatch(NetisrDispatch.HYBRID));
        List<String> order = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> order.add("ip")).build());
        n.register(NetisrHandler.builder("ether", 5, (m, c) -> {
            assertTrue(n.isDispatching(0));
            n.dispatch(c, 1, m);
            order.add("ether");
        }).build());
        n.dispatch(CpuContext.driver(0), 5, Mbuf.local(64, null));
        assertEquals(List.of("ether"), order);
        assertFalse(n.isDispatching(0));
        assertTrue(n.isScheduled(0));
        assertTrue(n.hasPending(0));
        n.runWorker(0);
        assertEquals(List.of("ether", "ip"), order);
    }

    @Test
    void setDefaultDispatchRejectsDefault() {
        Netisr n = netisr(NetisrDispatch.DIRECT, NetisrDispatch.DEFAULT);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> n.setDefaultDispatch(NetisrDispatch.DEFAULT));
        n.setDefaultDispatch(NetisrDispatch.DEFERRED);
        assertEquals(NetisrDispatch.DEFERRED, n.dispatchPolicy(1));
    }
}
