package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/** Registration rules of docs/dispatch-model.md: each violation is an error naming the field. */
class NetisrRegistrationTest {
    private final Netisr netisr = new Netisr(NetisrConfig.defaults(2));
    private static final ProtocolHandler NOP = (m, c) -> { };

    private void assertRejected(String field, NetisrHandler h) {
        NetisrRegistrationException e = assertThrows(NetisrRegistrationException.class, () -> netisr.register(h));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void nameWithWhitespaceIsRejected() {
        assertRejected("nh_name", NetisrHandler.builder("ip v4", 1, NOP).build());
    }

    @Test
    void missingNameIsRejected() {
        assertRejected("nh_name", NetisrHandler.builder(null, 1, NOP).build());
        assertRejected("nh_name", NetisrHandler.builder("", 1, NOP).build());
    }

    @Test
    void duplicateNameIsRejected() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).build());
        assertRejected("nh_name", NetisrHandler.builder("ip", 2, NOP).build());
    }

    @Test
    void protocolNumberOutsideOneToFifteenIsRejected() {
        assertRejected("nh_proto", NetisrHandler.builder("zero", 0, NOP).build());
        assertRejected("nh_proto", NetisrHandler.builder("sixteen", 16, NOP).build());
    }

    @Test
    void protocolNumberAlreadyRegisteredIsRejected() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).build());
        assertRejected("nh_proto", NetisrHandler.builder("ip2", 1, NOP).build());
    }

    @Test
    void missingHandlerIsRejected() {
        assertRejected("nh_handler", NetisrHandler.builder("ip", 1, null).build());
    }

    @Test
    void missingPolicyIsRejected() {
        assertRejected("nh_policy", NetisrHandler.builder("ip", 1, NOP).policy(null).build());
    }

    @Test
    void m2flowWithoutFlowPolicyIsRejected() {
        assertRejected("nh_m2flow", NetisrHandler.builder("ip", 1, NOP).m2flow((m, s) -> m).build());
    }

    @Test
    void cpuPolicyWithoutM2cpuidIsRejected() {
        assertRejected("nh_m2cpuid", NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU).build());
    }

    @Test
    void m2cpuidWithoutCpuPolicyIsRejected() {
        assertRejected("nh_m2cpuid", NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW)
                .m2cpuid((m, s) -> new CpuPlacement(m, 0)).build());
    }

    @Test
    void missingDispatchIsRejected() {
        assertRejected("nh_dispatch", NetisrHandler.builder("ip", 1, NOP).dispatch(null).build());
    }

    @Test
    void negativeQlimitIsRejected() {
        assertRejected("nh_qlimit", NetisrHandler.builder("ip", 1, NOP).qlimit(-1).build());
    }

    @Test
    void zeroQlimitMeansTheDefault256() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).build());
        assertEquals(256, netisr.getqlimit(1));
        assertEquals(256, netisr.stats(1, 1).qlimit());
    }

    @Test
    void qlimitAboveMaximumIsCappedAt10240() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).qlimit(20000).build());
        assertEquals(10240, netisr.getqlimit(1));
    }

    @Test
    void setqlimitAboveMaximumIsEinvalAndChangesNothing() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).qlimit(50).build());
        assertEquals(Errno.EINVAL, netisr.setqlimit(1, 10241));
        assertEquals(Errno.EINVAL, netisr.setqlimit(1, 0));
        assertEquals(50, netisr.getqlimit(1));
    }

    @Test
    void setqlimitInRangeAppliesToEveryCpu() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).build());
        assertEquals(Errno.OK, netisr.setqlimit(1, 10240));
        assertEquals(10240, netisr.stats(1, 0).qlimit());
        assertEquals(10240, netisr.stats(1, 1).qlimit());
    }

    @Test
    void unregisterDrainsAndFreesQueuedPackets() {
        netisr.register(NetisrHandler.builder("ip", 1, NOP).dispatch(NetisrDispatch.DEFERRED).build());
        List<FreeReason> freed = new ArrayList<>();
        netisr.setFreeListener((m, p, r) -> freed.add(r));
        netisr.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        netisr.queue(CpuContext.driver(0), 1, Mbuf.local(64, null));
        netisr.unregister(1);
        assertEquals(List.of(FreeReason.UNREGISTER, FreeReason.UNREGISTER), freed);
        assertFalse(netisr.isRegistered(1));
        assertFalse(netisr.hasPending(0));
    }

    @Test
    void dispatchToUnregisteredProtocolIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> netisr.dispatch(CpuContext.driver(0), 3, Mbuf.local(64, null)));
        assertEquals(true, e.getMessage().startsWith("proto"));
    }

    @Test
    void configOutOfRangeIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetisrConfig(4, 4, 20000, 10240, NetisrDispatch.DIRECT));
        assertEquals(true, e.getMessage().startsWith("netisr.qlimit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetisrConfig(4, 5, 256, 10240, NetisrDispatch.DIRECT));
        assertThrows(IllegalArgumentException.class, () -> new NetisrConfig(4, 4, 256, 10240, NetisrDispatch.DEFAULT));
    }

    @Test
    void protocolConstantsMatchTheManPage() {
        assertEquals(1, NetisrProto.NETISR_IP);
        assertEquals(2, NetisrProto.NETISR_IGMP);
        assertEquals(3, NetisrProto.NETISR_ROUTE);
        assertEquals(4, NetisrProto.NETISR_ARP);
        assertEquals(5, NetisrProto.NETISR_ETHER);
        assertEquals(6, NetisrProto.NETISR_IPV6);
        assertEquals(16, NetisrProto.NETISR_MAXPROT);
    }
}
