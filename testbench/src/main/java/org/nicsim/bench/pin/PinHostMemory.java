package org.nicsim.bench.pin;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * AXI4 slave serving host memory over pins, the Java twin of axi_host_mem.cpp: INCR and FIXED
 * bursts, narrow transfers, WSTRB, {@code maxOutstanding} reads and writes in flight, in-order
 * responses after the configured latencies, a write burst committed at its last beat; DECERR and
 * SLVERR as the native slave gives them. Protocol monitoring is left out (a minimal BFM).
 */
final class PinHostMemory {
    private static final int OKAY = 0;
    private static final int SLVERR = 2;
    private static final int DECERR = 3;
    private static final int FIXED = 0;
    private static final int INCR = 1;

    private static final class Burst {
        final long addr;
        final int beats;
        final int size;
        final int burst;
        final int id;
        final int resp;
        final long readyCycle;
        int done;
        final long[] data;
        final int[] strb;
        int staged;

        Burst(long addr, int beats, int size, int burst, int id, int resp, long readyCycle, boolean write) {
            this.addr = addr;
            this.beats = beats;
            this.size = size;
            this.burst = burst;
            this.id = id;
            this.resp = resp;
            this.readyCycle = readyCycle;
            this.data = write ? new long[beats] : null;
            this.strb = write ? new int[beats] : null;
        }
    }

    private record WriteResp(int id, int resp, long readyCycle) {}

    private final Pins p;
    private final ByteBuffer mem;
    private final long base;
    private final int readLatency;
    private final int writeLatency;
    private final int maxOutstanding;
    private final int awid, awaddr, awlen, awsize, awburst, awvalid, awready;
    private final int wdata, wstrb, wvalid, wready, bid, bresp, bvalid, bready;
    private final int arid, araddr, arlen, arsize, arburst, arvalid, arready;
    private final int rid, rdata, rresp, rlast, rvalid, rready;
    private final ArrayDeque<Burst> aw = new ArrayDeque<>();
    private final ArrayDeque<WriteResp> b = new ArrayDeque<>();
    private final ArrayDeque<Burst> ar = new ArrayDeque<>();
    private boolean rHeld;
    private long rData;

    PinHostMemory(Pins p, ByteBuffer mem, long base, int readLatency, int writeLatency, int maxOutstanding) {
        this.p = p;
        this.mem = mem;
        this.base = base;
        this.readLatency = Math.max(1, readLatency);
        this.writeLatency = Math.max(1, writeLatency);
        this.maxOutstanding = maxOutstanding;
        awid = p.id("m_axi_awid");
        awaddr = p.id("m_axi_awaddr");
        awlen = p.id("m_axi_awlen");
        awsize = p.id("m_axi_awsize");
        awburst = p.id("m_axi_awburst");
        awvalid = p.id("m_axi_awvalid");
        awready = p.id("m_axi_awready");
        wdata = p.id("m_axi_wdata");
        wstrb = p.id("m_axi_wstrb");
        wvalid = p.id("m_axi_wvalid");
        wready = p.id("m_axi_wready");
        bid = p.id("m_axi_bid");
        bresp = p.id("m_axi_bresp");
        bvalid = p.id("m_axi_bvalid");
        bready = p.id("m_axi_bready");
        arid = p.id("m_axi_arid");
        araddr = p.id("m_axi_araddr");
        arlen = p.id("m_axi_arlen");
        arsize = p.id("m_axi_arsize");
        arburst = p.id("m_axi_arburst");
        arvalid = p.id("m_axi_arvalid");
        arready = p.id("m_axi_arready");
        rid = p.id("m_axi_rid");
        rdata = p.id("m_axi_rdata");
        rresp = p.id("m_axi_rresp");
        rlast = p.id("m_axi_rlast");
        rvalid = p.id("m_axi_rvalid");
        rready = p.id("m_axi_rready");
    }

    private int check(long addr, int beats, int size, int burst) {
        long bytes = (long) (burst == FIXED ? 1 : beats) << (size & 7);
        if (Long.compareUnsigned(addr, base) < 0) {
            return DECERR;
        }
        long off = addr - base;
        long cap = mem.capacity();
        if (Long.compareUnsigned(off, cap) > 0 || bytes > cap - off) {
            return DECERR;
        }
        if (size > 3 || (burst != INCR && burst != FIXED) || (addr & ((1L << size) - 1)) != 0) {
            return SLVERR;
        }
        return OKAY;
    }

    private long beatAddr(Burst u, int beat) {
        return u.burst == FIXED ? u.addr : u.addr + ((long) beat << u.size);
    }

    private long readBeat(Burst u) {
        if (u.resp != OKAY) {
            return 0;
        }
        long a = beatAddr(u, u.done);
        int lane0 = (int) (a & 7);
        int n = 1 << u.size;
        int off = (int) (a - base);
        long data = 0;
        for (int i = 0; i < n; i++) {
            data |= (mem.get(off + i) & 0xFFL) << (8 * (lane0 + i));
        }
        return data;
    }

    private void commit(Burst u) {
        if (u.resp != OKAY) {
            return;
        }
        for (int beat = 0; beat < u.beats; beat++) {
            long a = beatAddr(u, beat);
            int lane0 = (int) (a & 7);
            int n = 1 << u.size;
            int off = (int) (a - base);
            for (int i = 0; i < n; i++) {
                if ((u.strb[beat] & (1 << (lane0 + i))) != 0) {
                    mem.put(off + i, (byte) (u.data[beat] >>> (8 * (lane0 + i))));
                }
            }
        }
    }

    void drive(long cycle) {
        p.set(awready, aw.size() + b.size() < maxOutstanding);
        p.set(wready, !aw.isEmpty());
        WriteResp br = b.peekFirst();
        boolean bv = br != null && br.readyCycle <= cycle;
        p.set(bvalid, bv);
        p.set(bid, bv ? br.id : 0);
        p.set(bresp, bv ? br.resp : 0);

        p.set(arready, ar.size() < maxOutstanding);
        Burst r = ar.peekFirst();
        boolean rv = r != null && r.readyCycle <= cycle;
        if (rv && !rHeld) {
            rData = readBeat(r);
            rHeld = true;
        }
        p.set(rvalid, rv);
        p.set(rid, rv ? r.id : 0);
        p.set(rdata, rv ? rData : 0);
        p.set(rresp, rv ? r.resp : 0);
        p.set(rlast, rv && r.done + 1 == r.beats);
    }

    void clock(long cycle) {
        if (p.drivenHigh(wready) && p.high(wvalid)) {
            Burst u = aw.peekFirst();
            u.data[u.staged] = p.get(wdata);
            u.strb[u.staged] = (int) p.get(wstrb);
            if (++u.staged == u.beats) {
                commit(u);
                u.done = u.beats;
                b.addLast(new WriteResp(u.id, u.resp, cycle + writeLatency));
                aw.pollFirst();
            }
        }
        if (p.drivenHigh(bvalid) && p.high(bready)) {
            b.pollFirst();
        }
        if (p.drivenHigh(awready) && p.high(awvalid)) {
            long addr = p.get(awaddr);
            int beats = (int) p.get(awlen) + 1;
            int size = (int) p.get(awsize);
            int burst = (int) p.get(awburst);
            aw.addLast(new Burst(addr, beats, size, burst, (int) p.get(awid), check(addr, beats, size, burst), 0, true));
        }
        if (p.drivenHigh(rvalid) && p.high(rready)) {
            rHeld = false;
            Burst u = ar.peekFirst();
            if (++u.done == u.beats) {
                ar.pollFirst();
            }
        }
        if (p.drivenHigh(arready) && p.high(arvalid)) {
            long addr = p.get(araddr);
            int beats = (int) p.get(arlen) + 1;
            int size = (int) p.get(arsize);
            int burst = (int) p.get(arburst);
            ar.addLast(new Burst(addr, beats, size, burst, (int) p.get(arid), check(addr, beats, size, burst),
                    cycle + readLatency, false));
        }
    }
}
