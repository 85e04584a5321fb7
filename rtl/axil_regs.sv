// axil_regs — AXI4-Lite register file of the nicsim NIC (REGISTERS.md is the contract).
//
// Holds the configuration the datapaths run from, the TX doorbell (TXQ_TAIL) registers with their
// counters, IRQ status/mask, MMIO_WRITES and DMA_FAULTS; reads the engines' counters. Write
// latency: the write takes effect on the cycle after both AW and W are held, BVALID with it.
// Read latency: RVALID one cycle after the AR handshake. One transaction of each kind in flight.
//
// Soft reset (CTRL bit 31) is not applied at once: `dma_hold` stops the DMA arbiter from starting
// bursts and the reset is pulsed on `core_rst` only when `dma_idle`, so no AXI4 burst is cut in
// half. The AXI4-Lite handshake state itself is never soft-reset, so the write that asked for the
// reset still gets its response.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module axil_regs #(
    parameter int NUM_QUEUES      = 16,
    parameter int AXIL_ADDR_WIDTH = 16,
    parameter logic [31:0] VERSION = 32'h0001_0000
) (
    input  wire                         clk,
    input  wire                         rst,

    input  wire [AXIL_ADDR_WIDTH-1:0]   s_axil_awaddr,
    input  wire [2:0]                   s_axil_awprot,
    input  wire                         s_axil_awvalid,
    output wire                         s_axil_awready,
    input  wire [31:0]                  s_axil_wdata,
    input  wire [3:0]                   s_axil_wstrb,
    input  wire                         s_axil_wvalid,
    output wire                         s_axil_wready,
    output wire [1:0]                   s_axil_bresp,
    output reg                          s_axil_bvalid,
    input  wire                         s_axil_bready,
    input  wire [AXIL_ADDR_WIDTH-1:0]   s_axil_araddr,
    input  wire [2:0]                   s_axil_arprot,
    input  wire                         s_axil_arvalid,
    output wire                         s_axil_arready,
    output reg  [31:0]                  s_axil_rdata,
    output wire [1:0]                   s_axil_rresp,
    output reg                          s_axil_rvalid,
    input  wire                         s_axil_rready,

    output wire                         core_rst,
    output wire                         dma_hold,
    input  wire                         dma_idle,

    output reg                          cfg_rx_en,
    output reg                          cfg_tx_en,
    output reg  [31:0]                  cfg_hash_types,
    output reg  [3:0]                   cfg_default_queue,
    output reg  [319:0]                 cfg_rss_key,
    output reg  [511:0]                 cfg_reta,
    output reg  [NUM_QUEUES*64-1:0]     cfg_rxq_base,
    output reg  [NUM_QUEUES*13-1:0]     cfg_rxq_size,
    output reg  [NUM_QUEUES*12-1:0]     cfg_rxq_tail,
    output reg  [NUM_QUEUES-1:0]        rxq_reset,
    output reg  [NUM_QUEUES*64-1:0]     cfg_txq_base,
    output reg  [NUM_QUEUES*13-1:0]     cfg_txq_size,
    output reg  [NUM_QUEUES*12-1:0]     cfg_txq_tail,
    output reg  [NUM_QUEUES-1:0]        txq_reset,

    input  wire [31:0]                  stat_rx_frames,
    input  wire [31:0]                  stat_rx_delivered,
    input  wire [31:0]                  stat_rx_drop_nobuf,
    input  wire [31:0]                  stat_rx_drop_error,
    input  wire [31:0]                  stat_rx_malformed,
    input  wire [NUM_QUEUES*32-1:0]     stat_rxq_delivered,
    input  wire [NUM_QUEUES*32-1:0]     stat_rxq_drops,
    input  wire [NUM_QUEUES*12-1:0]     rxq_head,
    input  wire [NUM_QUEUES-1:0]        rx_irq_set,
    input  wire                         rx_idle,
    input  wire                         rx_dma_fault,
    input  wire [31:0]                  stat_tx_frames,
    input  wire [NUM_QUEUES*32-1:0]     stat_txq_frames,
    input  wire [NUM_QUEUES*12-1:0]     txq_head,
    input  wire                         tx_idle,
    input  wire                         tx_dma_fault,

    output reg  [NUM_QUEUES-1:0]        irq
);
    localparam int QN = NUM_QUEUES;
    localparam int QW = QN > 1 ? $clog2(QN) : 1;

    // register byte addresses (REGISTERS.md)
    localparam logic [15:0] A_ID = 16'h0000, A_VERSION = 16'h0004, A_CAPS = 16'h0008,
        A_CTRL = 16'h000C, A_STATUS = 16'h0010, A_SCRATCH = 16'h0014, A_IRQ_STATUS = 16'h0018,
        A_IRQ_MASK = 16'h001C, A_HASH_TYPES = 16'h0020, A_DEFAULT_QUEUE = 16'h0024,
        A_RX_FRAMES = 16'h0200, A_RX_DELIVERED = 16'h0204, A_RX_DROP_NOBUF = 16'h0208,
        A_RX_DROP_ERROR = 16'h020C, A_RX_MALFORMED = 16'h0210, A_TX_FRAMES = 16'h0214,
        A_MMIO_WRITES = 16'h0218, A_DMA_FAULTS = 16'h021C;
    // per-queue register offsets within the 0x40 block at 0x1000 + 0x40*q
    localparam logic [5:0] O_RXQ_BASE_LO = 6'h00, O_RXQ_BASE_HI = 6'h04, O_RXQ_SIZE = 6'h08,
        O_RXQ_TAIL = 6'h0C, O_RXQ_HEAD = 6'h10, O_RXQ_DELIVERED = 6'h14, O_RXQ_DROPS = 6'h18,
        O_TXQ_BASE_LO = 6'h20, O_TXQ_BASE_HI = 6'h24, O_TXQ_SIZE = 6'h28, O_TXQ_TAIL = 6'h2C,
        O_TXQ_HEAD = 6'h30, O_TXQ_DOORBELLS = 6'h34, O_TXQ_FRAMES = 6'h38,
        O_TXQ_BAD_DOORBELLS = 6'h3C;
    // the FreeBSD RSS_HASHTYPE_* bits the NIC implements; the rest are reserved
    localparam logic [31:0] HASH_TYPES_MASK = 32'h0000_029E;
    localparam logic [31:0] UNMAPPED = 32'hDEAD_BEEF;

    // ---------------------------------------------------------------- write channel
    reg                       aw_held, w_held;
    reg [AXIL_ADDR_WIDTH-1:0] aw_addr;
    reg [31:0]                w_data;
    reg [3:0]                 w_strb;

    assign s_axil_awready = !aw_held;
    assign s_axil_wready  = !w_held;
    assign s_axil_bresp   = 2'b00;
    wire do_write = aw_held && w_held && !s_axil_bvalid;

    // ---------------------------------------------------------------- registers
    reg         sr_pending;      // CTRL bit 31: soft reset requested, waiting for DMA idle
    reg         soft_rst;        // the one-cycle applied soft reset
    reg [31:0]  scratch;
    reg [QN-1:0] irq_status, irq_mask;
    reg [31:0]  mmio_writes, dma_faults;
    reg [31:0]  txq_doorbells [QN];
    reg [31:0]  txq_bad_doorbells [QN];

    assign core_rst = rst || soft_rst;
    assign dma_hold = sr_pending;

    wire [15:0] wa = 16'(aw_addr) & 16'hFFFC;
    wire [31:0] wmask = {{8{w_strb[3]}}, {8{w_strb[2]}}, {8{w_strb[1]}}, {8{w_strb[0]}}};

    function automatic [31:0] merge(input [31:0] old, input [31:0] wd, input [31:0] m);
        merge = (old & ~m) | (wd & m);
    endfunction

    // a queue's register block: 0x1000 + 0x40*q, q < NUM_QUEUES
    function automatic logic is_queue_addr(input [15:6] a);
        is_queue_addr = a[15:12] == 4'h1 && 32'(a[11:6]) < QN;
    endfunction

    function automatic logic valid_ring_size(input [31:0] v);
        valid_ring_size = v >= 8 && v <= 4096 && (v & (v - 1)) == 0;
    endfunction

    wire [QW-1:0] q = wa[6 +: QW];   // queue of a per-queue register write (checked < QN)
    // ring SIZE and TAIL as the write leaves them (byte strobes merged with the old value): the
    // value checked for validity is the value stored
    wire [31:0] rxq_size_w = merge(32'(cfg_rxq_size[13*q +: 13]), w_data, wmask);
    wire [31:0] rxq_tail_w = merge(32'(cfg_rxq_tail[12*q +: 12]), w_data, wmask);
    wire [31:0] txq_size_w = merge(32'(cfg_txq_size[13*q +: 13]), w_data, wmask);
    wire [31:0] txq_tail_w = merge(32'(cfg_txq_tail[12*q +: 12]), w_data, wmask);
    always @(posedge clk) begin
        rxq_reset <= '0;
        txq_reset <= '0;
        soft_rst  <= 1'b0;

        // AXI4-Lite handshakes: never touched by the soft reset
        if (s_axil_awvalid && s_axil_awready) begin
            aw_held <= 1'b1;
            aw_addr <= s_axil_awaddr;
        end
        if (s_axil_wvalid && s_axil_wready) begin
            w_held <= 1'b1;
            w_data <= s_axil_wdata;
            w_strb <= s_axil_wstrb;
        end
        if (s_axil_bvalid && s_axil_bready) s_axil_bvalid <= 1'b0;
        if (do_write) begin
            aw_held <= 1'b0;
            w_held  <= 1'b0;
            s_axil_bvalid <= 1'b1;
        end

        // status inputs
        irq_status <= irq_status | rx_irq_set;
        dma_faults <= dma_faults + 32'(rx_dma_fault) + 32'(tx_dma_fault);

        if (do_write) begin
            mmio_writes <= mmio_writes + 1;
            case (wa)
                A_CTRL: begin
                    cfg_rx_en <= w_strb[0] ? w_data[0] : cfg_rx_en;
                    cfg_tx_en <= w_strb[0] ? w_data[1] : cfg_tx_en;
                    if (w_strb[3] && w_data[31]) sr_pending <= 1'b1;
                end
                A_SCRATCH:       scratch <= merge(scratch, w_data, wmask);
                A_IRQ_STATUS:    irq_status <= (irq_status & ~QN'(w_data & wmask)) | rx_irq_set;
                A_IRQ_MASK:      irq_mask <= QN'(merge(32'(irq_mask), w_data, wmask));
                A_HASH_TYPES:    cfg_hash_types <= merge(cfg_hash_types, w_data, wmask) & HASH_TYPES_MASK;
                A_DEFAULT_QUEUE: if (w_strb[0]) cfg_default_queue <= w_data[3:0];
                default: begin
                    if (wa >= 16'h0040 && wa <= 16'h0064) begin
                        // key word i holds key bytes 4i..4i+3, byte 4i in bits 31:24
                        for (int i = 0; i < 10; i++) begin
                            if (wa == 16'h0040 + 16'(4 * i))
                                cfg_rss_key[319 - 32*i -: 32] <= merge(cfg_rss_key[319 - 32*i -: 32], w_data, wmask);
                        end
                    end else if (wa >= 16'h0100 && wa <= 16'h017C) begin
                        // word w holds entries 4w..4w+3, entry 4w+k in bits 8k+3:8k
                        for (int k = 0; k < 4; k++) begin
                            if (w_strb[k]) cfg_reta[16*32'(wa[6:2]) + 4*k +: 4] <= w_data[8*k +: 4];
                        end
                    end else if (is_queue_addr(wa[15:6])) begin
                        case (wa[5:0])
                            O_RXQ_BASE_LO: cfg_rxq_base[64*q +: 32] <= merge(cfg_rxq_base[64*q +: 32], w_data, wmask) & 32'hFFFF_FFF0;
                            O_RXQ_BASE_HI: cfg_rxq_base[64*q + 32 +: 32] <= merge(cfg_rxq_base[64*q + 32 +: 32], w_data, wmask);
                            O_RXQ_SIZE: begin
                                // an invalid size disables the queue: the driver reads back 0
                                cfg_rxq_size[13*q +: 13] <= valid_ring_size(rxq_size_w) ? 13'(rxq_size_w) : 13'd0;
                                cfg_rxq_tail[12*q +: 12] <= '0;
                                rxq_reset[q] <= 1'b1;
                            end
                            O_RXQ_TAIL:
                                if (cfg_rxq_size[13*q +: 13] != 0 && rxq_tail_w < 32'(cfg_rxq_size[13*q +: 13]))
                                    cfg_rxq_tail[12*q +: 12] <= 12'(rxq_tail_w);
                            O_TXQ_BASE_LO: cfg_txq_base[64*q +: 32] <= merge(cfg_txq_base[64*q +: 32], w_data, wmask) & 32'hFFFF_FFF0;
                            O_TXQ_BASE_HI: cfg_txq_base[64*q + 32 +: 32] <= merge(cfg_txq_base[64*q + 32 +: 32], w_data, wmask);
                            O_TXQ_SIZE: begin
                                cfg_txq_size[13*q +: 13] <= valid_ring_size(txq_size_w) ? 13'(txq_size_w) : 13'd0;
                                cfg_txq_tail[12*q +: 12] <= '0;
                                txq_reset[q] <= 1'b1;
                            end
                            O_TXQ_TAIL: begin
                                // the doorbell: every write counts, an invalid one is also ignored
                                txq_doorbells[q] <= txq_doorbells[q] + 1;
                                if (cfg_txq_size[13*q +: 13] != 0 && txq_tail_w < 32'(cfg_txq_size[13*q +: 13]))
                                    cfg_txq_tail[12*q +: 12] <= 12'(txq_tail_w);
                                else
                                    txq_bad_doorbells[q] <= txq_bad_doorbells[q] + 1;
                            end
                            default: ;  // read-only or unmapped within the block: ignored
                        endcase
                    end
                end
            endcase
        end

        if (sr_pending && dma_idle && !soft_rst) soft_rst <= 1'b1;

        irq <= irq_status & irq_mask;

        if (rst || soft_rst) begin
            sr_pending <= 1'b0;
            cfg_rx_en <= 1'b0;
            cfg_tx_en <= 1'b0;
            cfg_hash_types <= '0;
            cfg_default_queue <= '0;
            cfg_rss_key <= '0;
            cfg_reta <= '0;
            cfg_rxq_base <= '0;
            cfg_rxq_size <= '0;
            cfg_rxq_tail <= '0;
            cfg_txq_base <= '0;
            cfg_txq_size <= '0;
            cfg_txq_tail <= '0;
            scratch <= '0;
            irq_status <= '0;
            irq_mask <= '0;
            irq <= '0;
            mmio_writes <= '0;
            dma_faults <= '0;
            for (int i = 0; i < QN; i++) begin
                txq_doorbells[i] <= '0;
                txq_bad_doorbells[i] <= '0;
            end
        end
        if (rst) begin
            aw_held <= 1'b0;
            w_held <= 1'b0;
            s_axil_bvalid <= 1'b0;
            soft_rst <= 1'b0;
            rxq_reset <= '0;
            txq_reset <= '0;
        end
    end

    // ---------------------------------------------------------------- read channel
    assign s_axil_arready = !s_axil_rvalid;
    assign s_axil_rresp   = 2'b00;

    function automatic [31:0] read_value(input [15:0] a);
        int rq;
        read_value = UNMAPPED;
        case (a)
            A_ID:            read_value = 32'h4E49_4353;
            A_VERSION:       read_value = VERSION;
            A_CAPS:          read_value = {8'd0, 8'd40, 8'd7, 8'(QN)};
            A_CTRL:          read_value = {sr_pending, 29'd0, cfg_tx_en, cfg_rx_en};
            A_STATUS:        read_value = {30'd0, tx_idle, rx_idle};
            A_SCRATCH:       read_value = scratch;
            A_IRQ_STATUS:    read_value = 32'(irq_status);
            A_IRQ_MASK:      read_value = 32'(irq_mask);
            A_HASH_TYPES:    read_value = cfg_hash_types;
            A_DEFAULT_QUEUE: read_value = {28'd0, cfg_default_queue};
            A_RX_FRAMES:     read_value = stat_rx_frames;
            A_RX_DELIVERED:  read_value = stat_rx_delivered;
            A_RX_DROP_NOBUF: read_value = stat_rx_drop_nobuf;
            A_RX_DROP_ERROR: read_value = stat_rx_drop_error;
            A_RX_MALFORMED:  read_value = stat_rx_malformed;
            A_TX_FRAMES:     read_value = stat_tx_frames;
            A_MMIO_WRITES:   read_value = mmio_writes;
            A_DMA_FAULTS:    read_value = dma_faults;
            default: begin
                if (a >= 16'h0040 && a <= 16'h0064) begin
                    for (int i = 0; i < 10; i++)
                        if (a == 16'h0040 + 16'(4 * i)) read_value = cfg_rss_key[319 - 32*i -: 32];
                end else if (a >= 16'h0100 && a <= 16'h017C) begin
                    read_value = 32'd0;
                    for (int k = 0; k < 4; k++)
                        read_value[8*k +: 4] = cfg_reta[16*32'(a[6:2]) + 4*k +: 4];
                end else if (is_queue_addr(a[15:6])) begin
                    rq = 32'(a[11:6]);
                    case (a[5:0])
                        O_RXQ_BASE_LO:       read_value = cfg_rxq_base[64*rq +: 32];
                        O_RXQ_BASE_HI:       read_value = cfg_rxq_base[64*rq + 32 +: 32];
                        O_RXQ_SIZE:          read_value = 32'(cfg_rxq_size[13*rq +: 13]);
                        O_RXQ_TAIL:          read_value = 32'(cfg_rxq_tail[12*rq +: 12]);
                        O_RXQ_HEAD:          read_value = 32'(rxq_head[12*rq +: 12]);
                        O_RXQ_DELIVERED:     read_value = stat_rxq_delivered[32*rq +: 32];
                        O_RXQ_DROPS:         read_value = stat_rxq_drops[32*rq +: 32];
                        O_TXQ_BASE_LO:       read_value = cfg_txq_base[64*rq +: 32];
                        O_TXQ_BASE_HI:       read_value = cfg_txq_base[64*rq + 32 +: 32];
                        O_TXQ_SIZE:          read_value = 32'(cfg_txq_size[13*rq +: 13]);
                        O_TXQ_TAIL:          read_value = 32'(cfg_txq_tail[12*rq +: 12]);
                        O_TXQ_HEAD:          read_value = 32'(txq_head[12*rq +: 12]);
                        O_TXQ_DOORBELLS:     read_value = txq_doorbells[rq];
                        O_TXQ_FRAMES:        read_value = stat_txq_frames[32*rq +: 32];
                        O_TXQ_BAD_DOORBELLS: read_value = txq_bad_doorbells[rq];
                        default:             read_value = UNMAPPED;
                    endcase
                end
            end
        endcase
    endfunction

    always @(posedge clk) begin
        if (s_axil_arvalid && s_axil_arready) begin
            s_axil_rvalid <= 1'b1;
            s_axil_rdata  <= read_value(16'(s_axil_araddr) & 16'hFFFC);
        end else if (s_axil_rvalid && s_axil_rready) begin
            s_axil_rvalid <= 1'b0;
        end
        if (rst) begin
            s_axil_rvalid <= 1'b0;
            s_axil_rdata  <= '0;
        end
    end

    wire unused = &{1'b0, s_axil_awprot, s_axil_arprot};
endmodule

`resetall
