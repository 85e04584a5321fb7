// Generated from regmap/nic_regs.json by org.nicsim.regmap.Generator: do not edit.
// Regenerate with: mvn -B -ntp -q -pl regmap compile exec:java
package org.nicsim.driver;

/**
 * AXI4-Lite register map of the nicsim NIC: 32-bit registers at byte addresses, little-endian host structures, counters wrapping at 2^32.
 *
 * <p>Byte addresses on the AXI4-Lite port, field masks and sizes; docs/registers.md explains
 * each register. Use it through {@code NicRegisters}, which adds the address and packing
 * helpers.
 */
public class NicRegisterMap {
    protected NicRegisterMap() {
    }

    /** ID (RO): identifies the NIC: ID_VALUE */
    public static final int ID = 0x0000;
    /** VERSION (RO): design version */
    public static final int VERSION = 0x0004;
    /** CAPS (RO): what this build implements */
    public static final int CAPS = 0x0008;
    /** CTRL (RW): enables and soft reset */
    public static final int CTRL = 0x000C;
    /** STATUS (RO): pipeline state */
    public static final int STATUS = 0x0010;
    /** SCRATCH (RW): free for software */
    public static final int SCRATCH = 0x0014;
    /** IRQ_STATUS (W1C): bit q: RX queue q wrote back at least one descriptor since the bit was last cleared; write 1 to clear */
    public static final int IRQ_STATUS = 0x0018;
    /** IRQ_MASK (RW): bit q enables irq[q] = IRQ_STATUS[q] &amp; IRQ_MASK[q] */
    public static final int IRQ_MASK = 0x001C;
    /** RSS_HASH_TYPES (RW): enabled hash types as FreeBSD RSS_HASHTYPE_* bits; other bits are reserved */
    public static final int RSS_HASH_TYPES = 0x0020;
    /** DEFAULT_QUEUE (RW): queue of frames delivered without a hash */
    public static final int DEFAULT_QUEUE = 0x0024;
    /** RX_FRAMES (RO): frames seen on the RX stream */
    public static final int RX_FRAMES = 0x0200;
    /** RX_DELIVERED (RO): frames written to host memory */
    public static final int RX_DELIVERED = 0x0204;
    /** RX_DROP_NOBUF (RO): dropped: no posted buffer on the chosen queue, or RX disabled */
    public static final int RX_DROP_NOBUF = 0x0208;
    /** RX_DROP_ERROR (RO): dropped: bad frame (tuser), runt (&lt; 14 bytes) or longer than the posted buffer */
    public static final int RX_DROP_ERROR = 0x020C;
    /** RX_MALFORMED (RO): delivered, but headers unparseable past L2 (hash type NONE) */
    public static final int RX_MALFORMED = 0x0210;
    /** TX_FRAMES (RO): frames sent on the TX stream */
    public static final int TX_FRAMES = 0x0214;
    /** MMIO_WRITES (RO): AXI4-Lite writes accepted, any address */
    public static final int MMIO_WRITES = 0x0218;
    /** DMA_FAULTS (RO): AXI4 error responses seen by the DMA engines */
    public static final int DMA_FAULTS = 0x021C;

    /** RSS_KEY[0..9] (RW): word i = key[4i]&lt;&lt;24 | key[4i+1]&lt;&lt;16 | key[4i+2]&lt;&lt;8 | key[4i+3] */
    public static final int RSS_KEY_BASE = 0x0040;
    public static final int RSS_KEY_WORDS = 10;
    /** RETA[0..31] (RW): entry n (0..127) in bits [8(n%4)+3 : 8(n%4)] of word n/4; the other bits read 0 */
    public static final int RETA_BASE = 0x0100;
    public static final int RETA_WORDS = 32;

    /** What a read of an unmapped address returns. */
    public static final int UNMAPPED_VALUE = 0xDEADBEEF;
    /** value of ID: "NICS" */
    public static final int ID_VALUE = 0x4E494353;
    /** queue pairs the map can address: RETA entries and DEFAULT_QUEUE are 4 bits */
    public static final int MAX_QUEUES = 16;
    /** RETA entries */
    public static final int RETA_SIZE = 128;
    /** bits of one RETA entry (a queue number) */
    public static final int RETA_ENTRY_BITS = 4;
    /** Toeplitz key length */
    public static final int RSS_KEY_BYTES = 40;
    /** smallest valid ring SIZE */
    public static final int RING_MIN = 8;
    /** largest valid ring SIZE (a power of two) */
    public static final int RING_MAX = 4096;

    public static final int VERSION_MINOR_SHIFT = 0;
    public static final int VERSION_MINOR_MASK = 0xFFFF;
    public static final int VERSION_MAJOR_SHIFT = 16;
    public static final int VERSION_MAJOR_MASK = 0xFFFF;
    /** queue pairs (the NUM_QUEUES parameter) */
    public static final int CAPS_NUM_QUEUES_SHIFT = 0;
    public static final int CAPS_NUM_QUEUES_MASK = 0xFF;
    /** log2 of the RETA size: 7 */
    public static final int CAPS_RETA_LOG2_SHIFT = 8;
    public static final int CAPS_RETA_LOG2_MASK = 0xFF;
    /** RSS key bytes: 40 */
    public static final int CAPS_KEY_BYTES_SHIFT = 16;
    public static final int CAPS_KEY_BYTES_MASK = 0xFF;
    /** accept frames from the RX stream */
    public static final int CTRL_RX_EN = 1 << 0;
    /** serve TX doorbells */
    public static final int CTRL_TX_EN = 1 << 1;
    /** write 1: once the DMA is idle, every register and all state return to reset; reads 1 while pending */
    public static final int CTRL_SOFT_RESET = 1 << 31;
    /** no frame in the RX pipeline */
    public static final int STATUS_RX_IDLE = 1 << 0;
    /** no TX work outstanding */
    public static final int STATUS_TX_IDLE = 1 << 1;
    public static final int RSS_HASH_TYPES_IPV4 = 1 << 1;
    public static final int RSS_HASH_TYPES_TCP_IPV4 = 1 << 2;
    public static final int RSS_HASH_TYPES_IPV6 = 1 << 3;
    public static final int RSS_HASH_TYPES_TCP_IPV6 = 1 << 4;
    public static final int RSS_HASH_TYPES_UDP_IPV4 = 1 << 7;
    public static final int RSS_HASH_TYPES_UDP_IPV6 = 1 << 9;
    public static final int DEFAULT_QUEUE_QUEUE_SHIFT = 0;
    public static final int DEFAULT_QUEUE_QUEUE_MASK = 0xF;

    /** Per-queue register block: base {@code QUEUE_BASE + QUEUE_STRIDE * q}; one block per queue pair q, 0 &lt;= q &lt; NUM_QUEUES; addresses of blocks q &gt;= NUM_QUEUES are unmapped. */
    public static final int QUEUE_BASE = 0x1000;
    public static final int QUEUE_STRIDE = 0x40;
    /** RXQ_BASE_LO (RW): RX ring base address [31:0], 16-byte aligned (bits 3:0 read 0) */
    public static final int RXQ_BASE_LO = 0x00;
    /** RXQ_BASE_HI (RW): RX ring base address [63:32] */
    public static final int RXQ_BASE_HI = 0x04;
    /** RXQ_SIZE (RW): ring entries, a power of two RING_MIN..RING_MAX; any other value stores 0, which disables the queue; a write resets HEAD and TAIL to 0 */
    public static final int RXQ_SIZE = 0x08;
    /** RXQ_TAIL (RW): one past the last posted buffer; a value &gt;= SIZE is ignored */
    public static final int RXQ_TAIL = 0x0C;
    /** RXQ_HEAD (RO): next descriptor the NIC fills */
    public static final int RXQ_HEAD = 0x10;
    /** RXQ_DELIVERED (RO): frames written back on this queue */
    public static final int RXQ_DELIVERED = 0x14;
    /** RXQ_DROPS (RO): frames dropped for want of a buffer on this queue */
    public static final int RXQ_DROPS = 0x18;
    /** TXQ_BASE_LO (RW): TX ring base address [31:0], 16-byte aligned */
    public static final int TXQ_BASE_LO = 0x20;
    /** TXQ_BASE_HI (RW): TX ring base address [63:32] */
    public static final int TXQ_BASE_HI = 0x24;
    /** TXQ_SIZE (RW): as RXQ_SIZE */
    public static final int TXQ_SIZE = 0x28;
    /** TXQ_TAIL (RW): doorbell: descriptors [HEAD, TAIL) are ready; every write counts, a value &gt;= SIZE or a write to a disabled queue is ignored and counted as bad */
    public static final int TXQ_TAIL = 0x2C;
    /** TXQ_HEAD (RO): next descriptor not yet completed (its frame has left, its DD write, if RS, has landed) */
    public static final int TXQ_HEAD = 0x30;
    /** TXQ_DOORBELLS (RO): writes to TXQ_TAIL */
    public static final int TXQ_DOORBELLS = 0x34;
    /** TXQ_FRAMES (RO): frames sent from this queue */
    public static final int TXQ_FRAMES = 0x38;
    /** TXQ_BAD_DOORBELLS (RO): TXQ_TAIL writes that were ignored */
    public static final int TXQ_BAD_DOORBELLS = 0x3C;
    /** Offset of the doorbell register in a queue block. */
    public static final int DOORBELL = TXQ_TAIL;
}
