// nic_regs_pkg - AXI4-Lite register map of the nicsim NIC: 32-bit registers at byte addresses, little-endian host structures, counters wrapping at 2^32.
//
// Generated from regmap/nic_regs.json by org.nicsim.regmap.Generator: do not edit.
// Regenerate with: mvn -B -ntp -q -pl regmap compile exec:java
`resetall
`timescale 1ns / 1ps
`default_nettype none

package nic_regs_pkg;
    // a package of constants: not every user needs every one
    /* verilator lint_off UNUSEDPARAM */
    localparam int ADDR_BITS = 16;
    localparam logic [31:0] UNMAPPED_VALUE = 32'hDEAD_BEEF;

    // sizes and limits
    localparam logic [31:0] ID_VALUE = 32'h4E49_4353;  // value of ID: "NICS"
    localparam int MAX_QUEUES = 16;  // queue pairs the map can address: RETA entries and DEFAULT_QUEUE are 4 bits
    localparam int RETA_SIZE = 128;  // RETA entries
    localparam int RETA_ENTRY_BITS = 4;  // bits of one RETA entry (a queue number)
    localparam int RSS_KEY_BYTES = 40;  // Toeplitz key length
    localparam int RING_MIN = 8;  // smallest valid ring SIZE
    localparam int RING_MAX = 4096;  // largest valid ring SIZE (a power of two)

    // global registers: byte addresses
    localparam logic [15:0] ADDR_ID = 16'h0000;
    localparam logic [15:0] ADDR_VERSION = 16'h0004;
    localparam logic [15:0] ADDR_CAPS = 16'h0008;
    localparam logic [15:0] ADDR_CTRL = 16'h000C;
    localparam logic [15:0] ADDR_STATUS = 16'h0010;
    localparam logic [15:0] ADDR_SCRATCH = 16'h0014;
    localparam logic [15:0] ADDR_IRQ_STATUS = 16'h0018;
    localparam logic [15:0] ADDR_IRQ_MASK = 16'h001C;
    localparam logic [15:0] ADDR_RSS_HASH_TYPES = 16'h0020;
    localparam logic [15:0] ADDR_DEFAULT_QUEUE = 16'h0024;
    localparam logic [15:0] ADDR_RX_FRAMES = 16'h0200;
    localparam logic [15:0] ADDR_RX_DELIVERED = 16'h0204;
    localparam logic [15:0] ADDR_RX_DROP_NOBUF = 16'h0208;
    localparam logic [15:0] ADDR_RX_DROP_ERROR = 16'h020C;
    localparam logic [15:0] ADDR_RX_MALFORMED = 16'h0210;
    localparam logic [15:0] ADDR_TX_FRAMES = 16'h0214;
    localparam logic [15:0] ADDR_MMIO_WRITES = 16'h0218;
    localparam logic [15:0] ADDR_DMA_FAULTS = 16'h021C;

    // register fields: bit position (one bit) or LSB and WIDTH
    localparam int VERSION_MINOR_LSB = 0, VERSION_MINOR_WIDTH = 16;
    localparam int VERSION_MAJOR_LSB = 16, VERSION_MAJOR_WIDTH = 16;
    localparam int CAPS_NUM_QUEUES_LSB = 0, CAPS_NUM_QUEUES_WIDTH = 8;
    localparam int CAPS_RETA_LOG2_LSB = 8, CAPS_RETA_LOG2_WIDTH = 8;
    localparam int CAPS_KEY_BYTES_LSB = 16, CAPS_KEY_BYTES_WIDTH = 8;
    localparam int CTRL_RX_EN_BIT = 0;
    localparam int CTRL_TX_EN_BIT = 1;
    localparam int CTRL_SOFT_RESET_BIT = 31;
    localparam logic [31:0] CTRL_WRITABLE = 32'h8000_0003;
    localparam int STATUS_RX_IDLE_BIT = 0;
    localparam int STATUS_TX_IDLE_BIT = 1;
    localparam int RSS_HASH_TYPES_IPV4_BIT = 1;
    localparam int RSS_HASH_TYPES_TCP_IPV4_BIT = 2;
    localparam int RSS_HASH_TYPES_IPV6_BIT = 3;
    localparam int RSS_HASH_TYPES_TCP_IPV6_BIT = 4;
    localparam int RSS_HASH_TYPES_UDP_IPV4_BIT = 7;
    localparam int RSS_HASH_TYPES_UDP_IPV6_BIT = 9;
    localparam logic [31:0] RSS_HASH_TYPES_WRITABLE = 32'h0000_029E;
    localparam int DEFAULT_QUEUE_QUEUE_LSB = 0, DEFAULT_QUEUE_QUEUE_WIDTH = 4;
    localparam logic [31:0] DEFAULT_QUEUE_WRITABLE = 32'h0000_000F;

    // word windows: first address and words
    localparam logic [15:0] RSS_KEY_BASE = 16'h0040;
    localparam int RSS_KEY_WORDS = 10;
    localparam logic [15:0] RETA_BASE = 16'h0100;
    localparam int RETA_WORDS = 32;

    // per-queue block at QUEUE_BASE + QUEUE_STRIDE * q; offsets within the block
    localparam logic [15:0] QUEUE_BASE = 16'h1000;
    localparam int QUEUE_STRIDE = 64;
    localparam int QREG_BITS = 6;
    localparam logic [5:0] OFS_RXQ_BASE_LO = 6'h00;
    localparam logic [5:0] OFS_RXQ_BASE_HI = 6'h04;
    localparam logic [5:0] OFS_RXQ_SIZE = 6'h08;
    localparam logic [5:0] OFS_RXQ_TAIL = 6'h0C;
    localparam logic [5:0] OFS_RXQ_HEAD = 6'h10;
    localparam logic [5:0] OFS_RXQ_DELIVERED = 6'h14;
    localparam logic [5:0] OFS_RXQ_DROPS = 6'h18;
    localparam logic [5:0] OFS_TXQ_BASE_LO = 6'h20;
    localparam logic [5:0] OFS_TXQ_BASE_HI = 6'h24;
    localparam logic [5:0] OFS_TXQ_SIZE = 6'h28;
    localparam logic [5:0] OFS_TXQ_TAIL = 6'h2C;
    localparam logic [5:0] OFS_TXQ_HEAD = 6'h30;
    localparam logic [5:0] OFS_TXQ_DOORBELLS = 6'h34;
    localparam logic [5:0] OFS_TXQ_FRAMES = 6'h38;
    localparam logic [5:0] OFS_TXQ_BAD_DOORBELLS = 6'h3C;
    /* verilator lint_on UNUSEDPARAM */
endpackage

`resetall
