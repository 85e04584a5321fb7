package org.nicsim.bench.pin;

import java.util.ArrayDeque;

/**
 * AXI4-Stream source over pins, the Java twin of axis_source.cpp: frames in order as 8-byte beats,
 * byte i on tdata[8i+7:8i], TVALID held for the whole frame.
 */
final class PinAxisSource {
    private final Pins p;
    private final int tdata, tkeep, tlast, tuser, tvalid, tready;
    private record Frame(byte[] bytes, int idle) {}

    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private byte[] cur;
    private int offset;
    private int idleLeft;

    PinAxisSource(Pins p) {
        this.p = p;
        tdata = p.id("s_axis_rx_tdata");
        tkeep = p.id("s_axis_rx_tkeep");
        tlast = p.id("s_axis_rx_tlast");
        tuser = p.id("s_axis_rx_tuser");
        tvalid = p.id("s_axis_rx_tvalid");
        tready = p.id("s_axis_rx_tready");
    }

    void enqueue(byte[] frame, int idleBefore) {
        queue.addLast(new Frame(frame, idleBefore));
    }

    int pending() {
        return queue.size() + (cur != null ? 1 : 0);
    }

    void drive() {
        if (cur == null && !queue.isEmpty()) {
            Frame f = queue.pollFirst();
            cur = f.bytes();
            offset = 0;
            idleLeft = f.idle();
        }
        if (cur == null || idleLeft > 0) {
            p.set(tvalid, 0);
            p.set(tdata, 0);
            p.set(tkeep, 0);
            p.set(tlast, 0);
            p.set(tuser, 0);
            return;
        }
        int n = Math.min(8, cur.length - offset);
        long data = 0;
        for (int i = 0; i < n; i++) {
            data |= (cur[offset + i] & 0xFFL) << (8 * i);
        }
        p.set(tvalid, 1);
        p.set(tdata, data);
        p.set(tkeep, (1 << n) - 1);
        p.set(tlast, offset + n >= cur.length);
        p.set(tuser, 0);
    }

    void clock() {
        if (cur == null) {
            return;
        }
        if (idleLeft > 0) {
            idleLeft--;
            return;
        }
        if (!p.high(tready)) {
            return;
        }
        offset += 8;
        if (offset >= cur.length) {
            cur = null;
        }
    }
}
