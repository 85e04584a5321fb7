package org.nicsim.bench.pin;

/**
 * AXI4-Stream sink over pins, the Java twin of axis_sink.cpp without backpressure: TREADY high,
 * the bytes of every beat collected, a frame counted at TLAST.
 */
final class PinAxisSink {
    private final Pins p;
    private final int tdata, tkeep, tlast, tuser, tvalid, tready;
    private final byte[] frame = new byte[65536];
    private int length;
    private int frames;

    PinAxisSink(Pins p) {
        this.p = p;
        tdata = p.id("m_axis_tx_tdata");
        tkeep = p.id("m_axis_tx_tkeep");
        tlast = p.id("m_axis_tx_tlast");
        tuser = p.id("m_axis_tx_tuser");
        tvalid = p.id("m_axis_tx_tvalid");
        tready = p.id("m_axis_tx_tready");
    }

    /** Frames completed since the last call. */
    int drain() {
        int n = frames;
        frames = 0;
        return n;
    }

    void drive() {
        p.set(tready, 1);
    }

    void clock() {
        if (!p.high(tvalid)) {
            return;
        }
        long data = p.get(tdata);
        long keep = p.get(tkeep);
        p.get(tuser);
        for (int i = 0; i < 8; i++) {
            if ((keep & (1L << i)) != 0 && length < frame.length) {
                frame[length++] = (byte) (data >>> (8 * i));
            }
        }
        if (p.high(tlast)) {
            frames++;
            length = 0;
        }
    }
}
