package org.nicsim.scoreboard;

/** The scoreboard's checks; each is one testcase in junit.xml. */
public enum Check {
    RX_HASH("rx.hash", "hardware Toeplitz hash == model hash"),
    RX_HASH_TYPE("rx.hashType", "hash type (M_HASHTYPE) == model"),
    RX_QUEUE("rx.queue", "queue == RETA[bucket] (or the default queue)"),
    RX_FLAGS("rx.flags", "write-back flags and VLAN TCI == model classification"),
    RX_DATA("rx.data", "frame bytes in host memory == bytes injected"),
    RX_FATE("rx.fate", "each frame's fate (delivered, NIC drop) == prediction; nothing duplicated"),
    RING_CPU("rx.ringCpu", "ring serviced on ringMap[queue]"),
    NETISR_CPU("netisr.cpu", "handler CPU == netisr policy formula"),
    FLOW_ORDER("flow.order", "per-flow order preserved end to end"),
    TX_DATA("tx.data", "transmitted frames byte-identical to what the app sent, in per-queue order"),
    DOORBELLS("doorbell.sequence", "tail writes at the RTL register port == ifq staging prediction"),
    COUNTERS("nic.counters", "NIC counters == frames and doorbells accounted by the testbench"),
    ACCOUNTING("totals", "injected == delivered + NIC drops + netisr drops, with reasons"),
    BUS_PROTOCOL("bus.protocol", "no AXI protocol violation and no MMIO error response on the NIC's buses"),
    REGS_READBACK("regs.readback", "registers read back at the end == what the driver wrote, under the register map's rules");

    private final String id;
    private final String description;

    Check(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
