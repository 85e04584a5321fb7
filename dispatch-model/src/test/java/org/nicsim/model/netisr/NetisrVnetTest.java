package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/**
 * netisr(9), VIMAGE: "netisr_unregister_vnet() ... disable packet processing by the netisr for
 * each protocol. Disabling will also purge any outstanding packet from the protocol queue."
 */
class NetisrVnetTest {
    private final Netisr netisr = new Netisr(NetisrConfig.defaults(2));
    private final List<FreeReason> freed = new ArrayList<>();
    private final List<Mbuf> handled = new ArrayList<>();

    @BeforeEach
    void registerIpAndIpv6Deferred() {
        netisr.register(NetisrHandler.builder("ip", NetisrProto.NETISR_IP, (m, c) -> handled.add(m))
                .dispatch(NetisrDispatch.DEFERRED).build());
        netisr.register(NetisrHandler.builder("ip6", NetisrProto.NETISR_IPV6, (m, c) -> handled.add(m))
                .dispatch(NetisrDispatch.DEFERRED).build());
        netisr.setFreeListener((m, p, r) -> freed.add(r));
    }

    @Test
    void unregisterVnetPurgesEveryQueuedPacketOfTheProtocolOnEveryCpu() {
        netisr.queueSrc(CpuContext.driver(0), NetisrProto.NETISR_IP, 0, Mbuf.local(64, null));
        netisr.queueSrc(CpuContext.driver(0), NetisrProto.NETISR_IP, 1, Mbuf.local(64, null));
        netisr.unregisterVnet(NetisrProto.NETISR_IP);
        assertEquals(List.of(FreeReason.VNET_PURGE, FreeReason.VNET_PURGE), freed);
        assertFalse(netisr.hasPending(0));
        assertFalse(netisr.hasPending(1));
        assertTrue(netisr.isRegistered(NetisrProto.NETISR_IP), "the protocol stays registered");
    }

    @Test
    void otherProtocolsKeepTheirQueuedPackets() {
        netisr.queue(CpuContext.driver(0), NetisrProto.NETISR_IPV6, Mbuf.local(64, null));
        netisr.unregisterVnet(NetisrProto.NETISR_IP);
        assertEquals(List.of(), freed);
        assertTrue(netisr.hasPending(0));
        netisr.runWorker(0);
        assertEquals(1, handled.size());
    }

    @Test
    void whileDisabledArrivingPacketsAreFreedWithEnoprotoopt() {
        netisr.unregisterVnet(NetisrProto.NETISR_IP);
        assertEquals(Errno.ENOPROTOOPT, netisr.queue(CpuContext.driver(0), NetisrProto.NETISR_IP, Mbuf.local(64, null)));
        assertEquals(Errno.ENOPROTOOPT, netisr.dispatch(CpuContext.driver(0), NetisrProto.NETISR_IP, Mbuf.local(64, null)));
        assertEquals(List.of(FreeReason.VNET_DISABLED, FreeReason.VNET_DISABLED), freed);
        assertEquals(0, netisr.stats(NetisrProto.NETISR_IP, 0).qdrops(), "not a queue drop");
    }

    @Test
    void registerVnetEnablesTheProtocolAgain() {
        netisr.unregisterVnet(NetisrProto.NETISR_IP);
        netisr.registerVnet(NetisrProto.NETISR_IP);
        assertTrue(netisr.vnetEnabled(NetisrProto.NETISR_IP));
        assertEquals(Errno.OK, netisr.queue(CpuContext.driver(0), NetisrProto.NETISR_IP, Mbuf.local(64, null)));
        assertTrue(netisr.hasPending(0) || netisr.hasPending(1));
    }
}
