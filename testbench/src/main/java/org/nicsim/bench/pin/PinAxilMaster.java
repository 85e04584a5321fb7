package org.nicsim.bench.pin;

import java.util.ArrayDeque;

/**
 * AXI4-Lite master over pins, the Java twin of the bridge's native one (axil_master.cpp): queued
 * operations executed one at a time, AW and W together, BREADY and RREADY always 1.
 */
final class PinAxilMaster {
    private record Op(boolean write, int addr, int data) {}

    private final Pins p;
    private final int awaddr, awprot, awvalid, awready, wdata, wstrb, wvalid, wready, bresp, bvalid, bready;
    private final int araddr, arprot, arvalid, arready, rdata, rvalid, rready;
    private final ArrayDeque<Op> queue = new ArrayDeque<>();
    private Op cur;
    private boolean addrDone;
    private boolean dataDone;
    private boolean readDone;
    private int readValue;

    PinAxilMaster(Pins p) {
        this.p = p;
        awaddr = p.id("s_axil_awaddr");
        awprot = p.id("s_axil_awprot");
        awvalid = p.id("s_axil_awvalid");
        awready = p.id("s_axil_awready");
        wdata = p.id("s_axil_wdata");
        wstrb = p.id("s_axil_wstrb");
        wvalid = p.id("s_axil_wvalid");
        wready = p.id("s_axil_wready");
        bresp = p.id("s_axil_bresp");
        bvalid = p.id("s_axil_bvalid");
        bready = p.id("s_axil_bready");
        araddr = p.id("s_axil_araddr");
        arprot = p.id("s_axil_arprot");
        arvalid = p.id("s_axil_arvalid");
        arready = p.id("s_axil_arready");
        rdata = p.id("s_axil_rdata");
        rvalid = p.id("s_axil_rvalid");
        rready = p.id("s_axil_rready");
    }

    void write(int addr, int value) {
        queue.addLast(new Op(true, addr, value));
    }

    void read(int addr) {
        readDone = false;
        queue.addLast(new Op(false, addr, 0));
    }

    /** True once the read queued last has returned; its value is {@link #readValue()}. */
    boolean readDone() {
        return readDone;
    }

    int readValue() {
        return readValue;
    }

    int pending() {
        return queue.size() + (cur != null ? 1 : 0);
    }

    void drive() {
        if (cur == null && !queue.isEmpty()) {
            cur = queue.pollFirst();
            addrDone = false;
            dataDone = false;
        }
        boolean w = cur != null && cur.write;
        boolean r = cur != null && !cur.write;
        p.set(awvalid, w && !addrDone);
        p.set(awaddr, w ? cur.addr & 0xFFFF : 0);
        p.set(awprot, 0);
        p.set(wvalid, w && !dataDone);
        p.set(wdata, w ? cur.data & 0xFFFF_FFFFL : 0);
        p.set(wstrb, w ? 0xF : 0);
        p.set(bready, 1);
        p.set(arvalid, r && !addrDone);
        p.set(araddr, r ? cur.addr & 0xFFFF : 0);
        p.set(arprot, 0);
        p.set(rready, 1);
    }

    void clock() {
        if (cur == null) {
            return;
        }
        boolean done = false;
        if (cur.write) {
            boolean wasAccepted = addrDone && dataDone;
            if (p.drivenHigh(awvalid) && p.high(awready)) {
                addrDone = true;
            }
            if (p.drivenHigh(wvalid) && p.high(wready)) {
                dataDone = true;
            }
            if (wasAccepted && p.high(bvalid)) {
                done = true;
                p.get(bresp);
            }
        } else {
            boolean wasAccepted = addrDone;
            if (p.drivenHigh(arvalid) && p.high(arready)) {
                addrDone = true;
            }
            if (wasAccepted && p.high(rvalid)) {
                done = true;
                readValue = (int) p.get(rdata);
                readDone = true;
            }
        }
        if (done) {
            cur = null;
        }
    }
}
