package org.nicsim.scoreboard;

import static org.nicsim.driver.NicRegisters.*;

import java.util.Arrays;

/**
 * What the NIC's read-write registers must hold, predicted from every write the driver made and
 * the storage rules of docs/registers.md alone (never from the RTL): strobes merge bytes, reserved
 * bits read 0, ring bases drop bits 3:0, an invalid ring SIZE stores 0, a SIZE write resets TAIL,
 * a TAIL at or beyond SIZE is ignored, a soft reset returns everything to reset, queue blocks from
 * CAPS.NUM_QUEUES up are unmapped. The register read-back audit compares the NIC against it.
 */
public final class RegisterMirror {
    private static final int CTRL_STORED = CTRL_RX_EN | CTRL_TX_EN;
    private static final int HASH_TYPES_STORED = RSS_HASH_TYPES_IPV4 | RSS_HASH_TYPES_TCP_IPV4 | RSS_HASH_TYPES_IPV6
            | RSS_HASH_TYPES_TCP_IPV6 | RSS_HASH_TYPES_UDP_IPV4 | RSS_HASH_TYPES_UDP_IPV6;
    private static final int RETA_STORED = 0x0F0F_0F0F;

    private final int hwQueues;
    private final int[] values;   // by word address, up to the last queue block; 0 = the reset value
    private long writes;   // writes since the last soft reset took effect (what MMIO_WRITES counts)

    /** @param hwQueues queue pairs of the NIC (CAPS.NUM_QUEUES) */
    public RegisterMirror(int hwQueues) {
        if (hwQueues < 1 || hwQueues > MAX_QUEUES) {
            throw new IllegalArgumentException("hwQueues " + hwQueues + " not in 1.." + MAX_QUEUES);
        }
        this.hwQueues = hwQueues;
        this.values = new int[(QUEUE_BASE + QUEUE_STRIDE * hwQueues) / 4];   // every stored register lies below
    }

    /** A full-word write. */
    public void written(int address, int value) {
        written(address, value, 0xF);
    }

    /** A write with byte strobes {@code wstrb} (bit k enables byte k). */
    public void written(int address, int value, int wstrb) {
        int a = address & ~3;
        int mask = 0;
        for (int k = 0; k < 4; k++) {
            mask |= (wstrb >> k & 1) != 0 ? 0xFF << (8 * k) : 0;
        }
        writes++;
        if (a == CTRL) {
            if ((mask & CTRL_SOFT_RESET) != 0 && (value & CTRL_SOFT_RESET) != 0) {
                // the reset lands once the DMA is idle, after this write was counted: everything to 0
                Arrays.fill(values, 0);
                writes = 0;
                return;
            }
            put(a, merge(a, value, mask & CTRL_STORED));
        } else if (a == SCRATCH) {
            put(a, merge(a, value, mask));
        } else if (a == IRQ_MASK) {
            put(a, merge(a, value, mask) & queueBits());
        } else if (a == RSS_HASH_TYPES) {
            put(a, merge(a, value, mask) & HASH_TYPES_STORED);
        } else if (a == DEFAULT_QUEUE) {
            put(a, merge(a, value, mask & 0xFF) & DEFAULT_QUEUE_QUEUE_MASK);
        } else if (a >= RSS_KEY_BASE && a < RSS_KEY_BASE + 4 * RSS_KEY_WORDS) {
            put(a, merge(a, value, mask));
        } else if (a >= RETA_BASE && a < RETA_BASE + 4 * RETA_WORDS) {
            put(a, merge(a, value, mask) & RETA_STORED);
        } else if (a >= QUEUE_BASE && a < QUEUE_BASE + QUEUE_STRIDE * hwQueues) {
            queueWrite(a - (a - QUEUE_BASE) % QUEUE_STRIDE, (a - QUEUE_BASE) % QUEUE_STRIDE, value, mask);
        }
    }

    private void queueWrite(int block, int offset, int value, int mask) {
        int a = block + offset;
        switch (offset) {
            case RXQ_BASE_LO, TXQ_BASE_LO -> put(a, merge(a, value, mask) & ~0xF);
            case RXQ_BASE_HI, TXQ_BASE_HI -> put(a, merge(a, value, mask));
            case RXQ_SIZE, TXQ_SIZE -> {
                long v = Integer.toUnsignedLong(merge(a, value, mask));
                boolean valid = v >= RING_MIN && v <= RING_MAX && Long.bitCount(v) == 1;
                put(a, valid ? (int) v : 0);
                put(block + (offset == RXQ_SIZE ? RXQ_TAIL : TXQ_TAIL), 0);
            }
            case RXQ_TAIL, TXQ_TAIL -> {
                long size = Integer.toUnsignedLong(value(block + (offset == RXQ_TAIL ? RXQ_SIZE : TXQ_SIZE)));
                long v = Integer.toUnsignedLong(merge(a, value, mask));
                if (size != 0 && v < size) {
                    put(a, (int) v);
                }
            }
            default -> { }   // read-only registers of the block ignore writes
        }
    }

    private int merge(int a, int value, int mask) {
        return value(a) & ~mask | value & mask;
    }

    private void put(int a, int v) {
        values[a >>> 2] = v;
    }

    private int queueBits() {
        return hwQueues == 32 ? -1 : (1 << hwQueues) - 1;
    }

    /** The value a read of {@code address} must return, for a read-write register (0 until written). */
    public int value(int address) {
        int word = (address & ~3) >>> 2;
        return word < values.length ? values[word] : 0;   // registers never stored read their reset 0
    }

    /** Writes counted since the last soft reset: what MMIO_WRITES must read. */
    public long writes() {
        return writes;
    }

    public int hwQueues() {
        return hwQueues;
    }

    /** Addresses of every read-write register the map has for this NIC, in address order. */
    public int[] readWriteRegisters() {
        int[] fixed = {CTRL, SCRATCH, IRQ_MASK, RSS_HASH_TYPES, DEFAULT_QUEUE};
        int[] queue = {RXQ_BASE_LO, RXQ_BASE_HI, RXQ_SIZE, RXQ_TAIL, TXQ_BASE_LO, TXQ_BASE_HI, TXQ_SIZE, TXQ_TAIL};
        int[] all = new int[fixed.length + RSS_KEY_WORDS + RETA_WORDS + queue.length * hwQueues];
        int n = 0;
        for (int a : fixed) {
            all[n++] = a;
        }
        for (int i = 0; i < RSS_KEY_WORDS; i++) {
            all[n++] = rssKeyWord(i);
        }
        for (int i = 0; i < RETA_WORDS; i++) {
            all[n++] = retaWord(i);
        }
        for (int q = 0; q < hwQueues; q++) {
            for (int o : queue) {
                all[n++] = queueReg(q, o);
            }
        }
        return all;
    }
}
