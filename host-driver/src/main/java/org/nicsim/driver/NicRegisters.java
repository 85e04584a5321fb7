package org.nicsim.driver;

/**
 * Register map of the nicsim NIC: byte addresses on the AXI4-Lite port and field values.
 *
 * <p>This is the driver's copy of {@code docs/registers.md}; change it only together with
 * the RTL ({@code rtl/axil_regs.sv}) and the register tests.
 */
public final class NicRegisters {
    private NicRegisters() {}

    public static final int ID = 0x0000;
    public static final int VERSION = 0x0004;
    public static final int CAPS = 0x0008;
    public static final int CTRL = 0x000C;
    public static final int STATUS = 0x0010;
    public static final int SCRATCH = 0x0014;
    public static final int IRQ_STATUS = 0x0018;
    public static final int IRQ_MASK = 0x001C;
    public static final int RSS_HASH_TYPES = 0x0020;
    public static final int DEFAULT_QUEUE = 0x0024;
    /** RSS_KEY[0..9]: word i = key[4i]&lt;&lt;24 | key[4i+1]&lt;&lt;16 | key[4i+2]&lt;&lt;8 | key[4i+3]. */
    public static final int RSS_KEY_BASE = 0x0040;
    /** RETA[0..31]: entry n in bits [8(n%4)+3 : 8(n%4)] of word n/4. */
    public static final int RETA_BASE = 0x0100;
    public static final int RX_FRAMES = 0x0200;
    public static final int RX_DELIVERED = 0x0204;
    public static final int RX_DROP_NOBUF = 0x0208;
    public static final int RX_DROP_ERROR = 0x020C;
    public static final int RX_MALFORMED = 0x0210;
    public static final int TX_FRAMES = 0x0214;
    public static final int MMIO_WRITES = 0x0218;
    public static final int DMA_FAULTS = 0x021C;

    public static final int ID_VALUE = 0x4E494353; // "NICS"
    public static final int UNMAPPED_VALUE = 0xDEADBEEF;

    public static final int CTRL_RX_EN = 1;
    public static final int CTRL_TX_EN = 1 << 1;
    public static final int CTRL_SOFT_RESET = 1 << 31;
    public static final int STATUS_RX_IDLE = 1;
    public static final int STATUS_TX_IDLE = 1 << 1;

    public static final int RETA_SIZE = 128;
    public static final int RSS_KEY_BYTES = 40;
    public static final int MAX_QUEUES = 16;

    /** Per-queue register block: base {@code 0x1000 + 0x40·q}. */
    public static final int QUEUE_BASE = 0x1000;
    public static final int QUEUE_STRIDE = 0x40;
    public static final int RXQ_BASE_LO = 0x00;
    public static final int RXQ_BASE_HI = 0x04;
    public static final int RXQ_SIZE = 0x08;
    public static final int RXQ_TAIL = 0x0C;
    public static final int RXQ_HEAD = 0x10;
    public static final int RXQ_DELIVERED = 0x14;
    public static final int RXQ_DROPS = 0x18;
    public static final int TXQ_BASE_LO = 0x20;
    public static final int TXQ_BASE_HI = 0x24;
    public static final int TXQ_SIZE = 0x28;
    public static final int TXQ_TAIL = 0x2C;
    public static final int TXQ_HEAD = 0x30;
    public static final int TXQ_DOORBELLS = 0x34;
    public static final int TXQ_FRAMES = 0x38;
    public static final int TXQ_BAD_DOORBELLS = 0x3C;

    /** Address of register {@code offset} in the block of queue {@code q}. */
    public static int queueReg(int q, int offset) {
        if (q < 0 || q >= MAX_QUEUES) {
            throw new IllegalArgumentException("queue " + q + " out of range 0.." + (MAX_QUEUES - 1));
        }
        return QUEUE_BASE + QUEUE_STRIDE * q + offset;
    }

    /** Address of RSS_KEY word {@code i} (0..9). */
    public static int rssKeyWord(int i) {
        if (i < 0 || i >= RSS_KEY_BYTES / 4) {
            throw new IllegalArgumentException("RSS key word " + i + " out of range 0..9");
        }
        return RSS_KEY_BASE + 4 * i;
    }

    /** Address of RETA word {@code i} (0..31), which holds entries 4i..4i+3. */
    public static int retaWord(int i) {
        if (i < 0 || i >= RETA_SIZE / 4) {
            throw new IllegalArgumentException("RETA word " + i + " out of range 0..31");
        }
        return RETA_BASE + 4 * i;
    }

    /** Packs key bytes 4i..4i+3 into RSS_KEY word i, most significant byte first. */
    public static int packKeyWord(byte[] key, int i) {
        if (key.length != RSS_KEY_BYTES) {
            throw new IllegalArgumentException("rss key must be 40 bytes, got " + key.length);
        }
        return (key[4 * i] & 0xFF) << 24 | (key[4 * i + 1] & 0xFF) << 16
                | (key[4 * i + 2] & 0xFF) << 8 | (key[4 * i + 3] & 0xFF);
    }

    /** Packs RETA entries 4i..4i+3 into RETA word i, entry 4i+k in byte k. */
    public static int packRetaWord(int[] reta, int i) {
        if (reta.length != RETA_SIZE) {
            throw new IllegalArgumentException("reta must have 128 entries, got " + reta.length);
        }
        int w = 0;
        for (int k = 0; k < 4; k++) {
            int e = reta[4 * i + k];
            if (e < 0 || e > 15) {
                throw new IllegalArgumentException("reta[" + (4 * i + k) + "] = " + e + " out of range 0..15");
            }
            w |= e << (8 * k);
        }
        return w;
    }
}
