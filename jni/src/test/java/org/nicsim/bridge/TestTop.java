package org.nicsim.bridge;

/**
 * Drives bridge_test_top (jni/src/test/rtl/bridge_test_top.sv) through its AXI4-Lite registers:
 * the register map below is the one documented in that file's header.
 */
final class TestTop {
    static final int ID = 0x000;
    static final int SCRATCH = 0x004;
    static final int IRQ = 0x008;
    static final int SIM_CTRL = 0x00C;
    static final int DMA_ADDR_LO = 0x010;
    static final int DMA_ADDR_HI = 0x014;
    static final int DMA_LEN = 0x018;
    static final int DMA_SIZE = 0x01C;
    static final int DMA_PAT_LO = 0x020;
    static final int DMA_PAT_HI = 0x024;
    static final int DMA_WSTRB = 0x028;
    static final int DMA_ID = 0x02C;
    static final int DMA_CTRL = 0x030;
    static final int DMA_STATUS = 0x034;
    static final int DMA_CYCLES = 0x038;
    static final int RBUF = 0x100;

    static final int ID_VALUE = 0x42545354;  // "BTST"
    static final int BURST_FIXED = 0;
    static final int BURST_INCR = 1;
    static final int BURST_WRAP = 2;

    /** Result of one DMA command. */
    record Status(int worstResp, int beats, int cycles) {
    }

    private final NicModel model;

    TestTop(NicModel model) {
        this.model = model;
    }

    static NicModelOptions.Builder options() {
        return NicModelOptions.builder().top("bridge_test_top");
    }

    /** Sets up the next DMA command: AxLEN, AxSIZE, AxBURST, data pattern, WSTRB and AXI ID. */
    TestTop dma(long addr, int axlen, int axsize, int burst, long pattern, int wstrb, int id) {
        model.mmioWrite(DMA_ADDR_LO, (int) addr);
        model.mmioWrite(DMA_ADDR_HI, (int) (addr >>> 32));
        model.mmioWrite(DMA_LEN, axlen);
        model.mmioWrite(DMA_SIZE, axsize | burst << 4);
        model.mmioWrite(DMA_PAT_LO, (int) pattern);
        model.mmioWrite(DMA_PAT_HI, (int) (pattern >>> 32));
        model.mmioWrite(DMA_WSTRB, wstrb);
        model.mmioWrite(DMA_ID, id);
        return this;
    }

    Status write(int transactions) {
        return start(1, transactions);
    }

    Status read(int transactions) {
        return start(2, transactions);
    }

    private Status start(int op, int n) {
        model.mmioWrite(DMA_CTRL, op | n << 8);
        for (int polls = 0; polls < 10_000; polls++) {
            int s = model.mmioRead(DMA_STATUS);
            if ((s & 1) == 0 && (s & 2) != 0) {
                return new Status((s >>> 4) & 3, s >>> 16, model.mmioRead(DMA_CYCLES));
            }
        }
        throw new AssertionError("DMA command did not finish");
    }

    long readBeat(int i) {
        long lo = model.mmioRead(RBUF + 8 * i) & 0xFFFF_FFFFL;
        long hi = model.mmioRead(RBUF + 8 * i + 4) & 0xFFFF_FFFFL;
        return hi << 32 | lo;
    }
}
