// axil_regs — AXI4-Lite register file of the nicsim NIC. The map (addresses, fields, sizes) comes
// from nic_regs_pkg, generated from regmap/nic_regs.json; docs/registers.md describes it.
//
// Holds the configuration the datapaths run from, the TX doorbell (TXQ_TAIL) registers with their
// counters, IRQ status/mask, MMIO_WRITES and DMA_FAULTS, and the per-queue counters RXQ_DELIVERED,
// RXQ_DROPS and TXQ_FRAMES, counted from the engines' event strobes (queue + pulse, in the cycle
// the engine's event happens, so a read sees the same value as if the engine kept them); reads
// the engines' global counters. A per-queue statistics file next to its read mux, instead of
// QN x 32-bit counter buses from the engines: less wiring in hardware, and nothing a cycle-based
// simulator must repack every cycle.
// Latency: a write takes effect on the cycle after both AW and W are held, with BVALID; RVALID
// follows the AR handshake by one cycle. Throughput: one transaction of each kind in flight; with
// BREADY and RREADY held high, one write and one read every 2 cycles.
//
// A write's byte strobes merge into the old value only in the write cycle: the byte mask and the
// merged value are computed inside the write decode, never as free-running logic. The wide
// configuration (key, RETA, ring bases, sizes, tails) takes its next value as a whole, built in
// block locals in the write cycle: the same registers and write decode, but a cycle-based
// simulator needs no per-cycle shadow copy of a register that is written a slice at a time.
// rxq_ring_wr / txq_ring_wr pulse (registered, with the new value) when any queue's TAIL or SIZE is
// written: the engines keep per-queue ring status in registers and refresh it on that pulse, so
// neither they nor a cycle-based simulator compare the QN x 25-bit ring vectors every cycle.
// Each clocked block reads a register before it writes it (the interrupt output, the soft-reset
// pulse and the read-valid flag take one assignment each), so a simulator updates them in place
// rather than through shadow copies. Same registers.
//
// Soft reset (CTRL.SOFT_RESET) is not applied at once: `dma_hold` stops the DMA arbiter from
// starting bursts and the reset is pulsed on `core_rst` only when `dma_idle`, so no AXI4 burst is
// cut in half. The AXI4-Lite handshake state itself is never soft-reset, so the write that asked
// for the reset still gets its response.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module axil_regs
    import nic_regs_pkg::*;
#(
    parameter int NUM_QUEUES      = 16,
    parameter int AXIL_ADDR_WIDTH = 16,
    parameter logic [31:0] VERSION = 32'h0001_0000
) (
    input  logic                            clk,
    input  logic                            rst,

    input  logic [AXIL_ADDR_WIDTH-1:0]      s_axil_awaddr,
    input  logic [2:0]                      s_axil_awprot,
    input  logic                            s_axil_awvalid,
    output logic                            s_axil_awready,
    input  logic [31:0]                     s_axil_wdata,
    input  logic [3:0]                      s_axil_wstrb,
    input  logic                            s_axil_wvalid,
    output logic                            s_axil_wready,
    output logic [1:0]                      s_axil_bresp,
    output logic                            s_axil_bvalid,
    input  logic                            s_axil_bready,
    input  logic [AXIL_ADDR_WIDTH-1:0]      s_axil_araddr,
    input  logic [2:0]                      s_axil_arprot,
    input  logic                            s_axil_arvalid,
    output logic                            s_axil_arready,
    output logic [31:0]                     s_axil_rdata,
    output logic [1:0]                      s_axil_rresp,
    output logic                            s_axil_rvalid,
    input  logic                            s_axil_rready,

    output logic                            core_rst,
    output logic                            dma_hold,
    input  logic                            dma_idle,

    output logic                            cfg_rx_en,
    output logic                            cfg_tx_en,
    output logic [31:0]                     cfg_hash_types,
    output logic [3:0]                      cfg_default_queue,
    output logic [RSS_KEY_BYTES*8-1:0]      cfg_rss_key,
    output logic [RETA_SIZE*4-1:0]          cfg_reta,
    output logic [NUM_QUEUES-1:0][63:0]     cfg_rxq_base,
    output logic [NUM_QUEUES-1:0][12:0]     cfg_rxq_size,
    output logic [NUM_QUEUES-1:0][11:0]     cfg_rxq_tail,
    output logic [NUM_QUEUES-1:0]           rxq_reset,
    output logic                            rxq_ring_wr,
    output logic [NUM_QUEUES-1:0][63:0]     cfg_txq_base,
    output logic [NUM_QUEUES-1:0][12:0]     cfg_txq_size,
    output logic [NUM_QUEUES-1:0][11:0]     cfg_txq_tail,
    output logic [NUM_QUEUES-1:0]           txq_reset,
    output logic                            txq_ring_wr,

    input  logic [31:0]                     stat_rx_frames,
    input  logic [31:0]                     stat_rx_delivered,
    input  logic [31:0]                     stat_rx_drop_nobuf,
    input  logic [31:0]                     stat_rx_drop_error,
    input  logic [31:0]                     stat_rx_malformed,
    input  logic                            rxq_delivered_ev,   // RXQ_DELIVERED[rxq_delivered_q] += 1
    input  logic [3:0]                      rxq_delivered_q,
    input  logic                            rxq_drop_ev,        // RXQ_DROPS[rxq_drop_q] += 1
    input  logic [3:0]                      rxq_drop_q,
    input  logic [NUM_QUEUES-1:0][11:0]     rxq_head,
    input  logic [NUM_QUEUES-1:0]           rx_irq_set,
    input  logic                            rx_idle,
    input  logic                            rx_dma_fault,
    input  logic [31:0]                     stat_tx_frames,
    input  logic                            txq_frame_ev,       // TXQ_FRAMES[txq_frame_q] += 1
    input  logic [3:0]                      txq_frame_q,
    input  logic [NUM_QUEUES-1:0][11:0]     txq_head,
    input  logic                            tx_idle,
    input  logic                            tx_dma_fault,

    output logic [NUM_QUEUES-1:0]           irq
);
    localparam int QN = NUM_QUEUES;
    localparam int QW = QN > 1 ? $clog2(QN) : 1;
    localparam int AW = ADDR_BITS;
    localparam int KW = RSS_KEY_WORDS;
    localparam logic [AW-1:0] KEY_LAST  = RSS_KEY_BASE + AW'(4 * (RSS_KEY_WORDS - 1));
    localparam logic [AW-1:0] RETA_LAST = RETA_BASE + AW'(4 * (RETA_WORDS - 1));
    localparam int QUEUE_END = int'(QUEUE_BASE) + QUEUE_STRIDE * QN;

    if (QN < 1 || QN > MAX_QUEUES) begin : g_bad_queues
        $error("axil_regs: NUM_QUEUES must be in 1..%0d (RETA entries are %0d bits)", MAX_QUEUES, RETA_ENTRY_BITS);
    end
    if (AXIL_ADDR_WIDTH > AW || (1 << AXIL_ADDR_WIDTH) < QUEUE_END) begin : g_bad_addr
        $error("axil_regs: AXIL_ADDR_WIDTH must reach the last queue block and be at most %0d", AW);
    end
    if (RETA_WORDS * 4 != RETA_SIZE || RETA_ENTRY_BITS != 4 || (1 << QREG_BITS) != QUEUE_STRIDE) begin : g_bad_map
        $error("axil_regs: RETA words hold 4 entries of 4 bits, and QUEUE_STRIDE is 2**QREG_BITS");
    end

    // ---------------------------------------------------------------- write channel
    logic                       aw_held, w_held;
    logic [AXIL_ADDR_WIDTH-1:0] aw_addr;
    logic [31:0]                w_data;
    logic [3:0]                 w_strb;

    assign s_axil_awready = !aw_held;
    assign s_axil_wready  = !w_held;
    assign s_axil_bresp   = 2'b00;
    wire do_write = aw_held && w_held && !s_axil_bvalid;

    // ---------------------------------------------------------------- registers
    logic                sr_pending;     // CTRL.SOFT_RESET requested, waiting for DMA idle
    logic                soft_rst;       // the one-cycle applied soft reset
    logic [31:0]         scratch;
    logic [QN-1:0]       irq_status, irq_mask;
    logic [31:0]         mmio_writes, dma_faults;
    logic [31:0]         txq_doorbells [QN];
    logic [31:0]         txq_bad_doorbells [QN];
    logic [31:0]         rxq_delivered [QN], rxq_drops [QN], txq_frames [QN];   // from the engines' event strobes

    assign core_rst = rst || soft_rst;
    assign dma_hold = sr_pending;

    wire [AW-1:0] wa = AW'(aw_addr) & ~AW'(3);
    wire [QW-1:0] q = wa[QREG_BITS +: QW];   // queue of a per-queue register write (checked < QN)

    // the old value with the strobed bytes of the write data
    function automatic logic [31:0] merge(input logic [31:0] old, input logic [31:0] wd, input logic [31:0] m);
        return (old & ~m) | (wd & m);
    endfunction

    // a queue's register block, q < NUM_QUEUES
    function automatic logic is_queue_addr(input logic [AW-1:0] a);
        return 32'(a) >= 32'(QUEUE_BASE) && 32'(a) < QUEUE_END;
    endfunction

    function automatic logic valid_ring_size(input logic [31:0] v);
        return v >= RING_MIN && v <= RING_MAX && (v & (v - 1)) == 0;
    endfunction

    // SIZE as a write stores it: the merged value when valid, else 0 (the queue is disabled)
    function automatic logic [12:0] stored_size(input logic [12:0] old, input logic [31:0] wd, input logic [31:0] m);
        logic [31:0] v;
        v = merge(32'(old), wd, m);
        return valid_ring_size(v) ? 13'(v) : 13'd0;
    endfunction

    // TAIL as a write leaves it, bit 12 set when the value fits an enabled ring
    function automatic logic [12:0] tail_write(input logic [12:0] size, input logic [11:0] old,
                                               input logic [31:0] wd, input logic [31:0] m);
        logic [31:0] v;
        v = merge(32'(old), wd, m);
        return {size != 0 && v < 32'(size), 12'(v)};
    endfunction

    always_ff @(posedge clk) begin : p_write
        logic [12:0] tail_w;  // {fits, value} of a TAIL write, computed in the write cycle only
        logic [31:0] wmask;   // the write's byte strobes as a bit mask, built in the write cycle only
        // the wide configuration's next value, built in the write cycle and assigned whole
        logic [RSS_KEY_BYTES*8-1:0] key_n;
        logic [RETA_SIZE*4-1:0]     reta_n;
        logic [QN-1:0][63:0]        rxb_n, txb_n;
        logic [QN-1:0][12:0]        rxs_n, txs_n;
        logic [QN-1:0][11:0]        rxt_n, txt_n;
        logic                       reset_now;  // hard reset, or the soft reset this cycle applies
        reset_now = rst || soft_rst;
        // registers read before this block writes them (a simulator then needs no shadow copies)
        irq <= irq_status & irq_mask;
        soft_rst <= sr_pending && dma_idle && !soft_rst;   // a one-cycle pulse once DMA is idle
        rxq_reset <= '0;
        txq_reset <= '0;
        rxq_ring_wr <= 1'b0;
        txq_ring_wr <= 1'b0;

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
        if (rxq_delivered_ev) rxq_delivered[QW'(rxq_delivered_q)] <= rxq_delivered[QW'(rxq_delivered_q)] + 1;
        if (rxq_drop_ev) rxq_drops[QW'(rxq_drop_q)] <= rxq_drops[QW'(rxq_drop_q)] + 1;
        if (txq_frame_ev) txq_frames[QW'(txq_frame_q)] <= txq_frames[QW'(txq_frame_q)] + 1;
        dma_faults <= dma_faults + 32'(rx_dma_fault) + 32'(tx_dma_fault);

        if (do_write) begin
            wmask = {{8{w_strb[3]}}, {8{w_strb[2]}}, {8{w_strb[1]}}, {8{w_strb[0]}}};
            key_n = cfg_rss_key;
            reta_n = cfg_reta;
            rxb_n = cfg_rxq_base;
            txb_n = cfg_txq_base;
            rxs_n = cfg_rxq_size;
            txs_n = cfg_txq_size;
            rxt_n = cfg_rxq_tail;
            txt_n = cfg_txq_tail;
            mmio_writes <= mmio_writes + 1;
            case (wa)
                ADDR_CTRL: begin
                    cfg_rx_en <= w_strb[0] ? w_data[CTRL_RX_EN_BIT] : cfg_rx_en;
                    cfg_tx_en <= w_strb[0] ? w_data[CTRL_TX_EN_BIT] : cfg_tx_en;
                    if (w_strb[3] && w_data[CTRL_SOFT_RESET_BIT]) sr_pending <= 1'b1;
                end
                ADDR_SCRATCH:        scratch <= merge(scratch, w_data, wmask);
                ADDR_IRQ_STATUS:     irq_status <= (irq_status & ~QN'(w_data & wmask)) | rx_irq_set;
                ADDR_IRQ_MASK:       irq_mask <= QN'(merge(32'(irq_mask), w_data, wmask));
                ADDR_RSS_HASH_TYPES: cfg_hash_types <= merge(cfg_hash_types, w_data, wmask) & RSS_HASH_TYPES_WRITABLE;
                ADDR_DEFAULT_QUEUE:  if (w_strb[0]) cfg_default_queue <= w_data[DEFAULT_QUEUE_QUEUE_WIDTH-1:0];
                default: begin
                    if (wa >= RSS_KEY_BASE && wa <= KEY_LAST) begin
                        // key word i holds key bytes 4i..4i+3, byte 4i in bits 31:24
                        for (int i = 0; i < KW; i++) begin
                            if (wa == RSS_KEY_BASE + AW'(4 * i))
                                key_n[32*(KW-1-i) +: 32] = merge(cfg_rss_key[32*(KW-1-i) +: 32], w_data, wmask);
                        end
                    end else if (wa >= RETA_BASE && wa <= RETA_LAST) begin
                        // word w holds entries 4w..4w+3, entry 4w+k in bits 8k+3:8k
                        for (int k = 0; k < 4; k++) begin
                            if (w_strb[k]) reta_n[16*32'(wa[6:2]) + 4*k +: 4] = w_data[8*k +: 4];
                        end
                    end else if (is_queue_addr(wa)) begin
                        case (wa[QREG_BITS-1:0])
                            OFS_RXQ_BASE_LO: rxb_n[q][31:0] = merge(cfg_rxq_base[q][31:0], w_data, wmask) & 32'hFFFF_FFF0;
                            OFS_RXQ_BASE_HI: rxb_n[q][63:32] = merge(cfg_rxq_base[q][63:32], w_data, wmask);
                            OFS_RXQ_SIZE: begin
                                rxs_n[q] = stored_size(cfg_rxq_size[q], w_data, wmask);
                                rxt_n[q] = '0;
                                rxq_reset[q] <= 1'b1;
                                rxq_ring_wr <= 1'b1;
                            end
                            OFS_RXQ_TAIL: begin
                                tail_w = tail_write(cfg_rxq_size[q], cfg_rxq_tail[q], w_data, wmask);
                                if (tail_w[12]) rxt_n[q] = tail_w[11:0];
                                rxq_ring_wr <= 1'b1;
                            end
                            OFS_TXQ_BASE_LO: txb_n[q][31:0] = merge(cfg_txq_base[q][31:0], w_data, wmask) & 32'hFFFF_FFF0;
                            OFS_TXQ_BASE_HI: txb_n[q][63:32] = merge(cfg_txq_base[q][63:32], w_data, wmask);
                            OFS_TXQ_SIZE: begin
                                txs_n[q] = stored_size(cfg_txq_size[q], w_data, wmask);
                                txt_n[q] = '0;
                                txq_reset[q] <= 1'b1;
                                txq_ring_wr <= 1'b1;
                            end
                            OFS_TXQ_TAIL: begin
                                // the doorbell: every write counts, an invalid one is also ignored
                                txq_doorbells[q] <= txq_doorbells[q] + 1;
                                tail_w = tail_write(cfg_txq_size[q], cfg_txq_tail[q], w_data, wmask);
                                if (tail_w[12]) txt_n[q] = tail_w[11:0];
                                else txq_bad_doorbells[q] <= txq_bad_doorbells[q] + 1;
                                txq_ring_wr <= 1'b1;
                            end
                            default: ;  // read-only or unmapped within the block: ignored
                        endcase
                    end
                end
            endcase
            cfg_rss_key <= key_n;
            cfg_reta <= reta_n;
            cfg_rxq_base <= rxb_n;
            cfg_txq_base <= txb_n;
            cfg_rxq_size <= rxs_n;
            cfg_txq_size <= txs_n;
            cfg_rxq_tail <= rxt_n;
            cfg_txq_tail <= txt_n;
        end

        if (reset_now) begin
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
                rxq_delivered[i] <= '0;
                rxq_drops[i] <= '0;
                txq_frames[i] <= '0;
            end
        end
        if (rst) begin
            aw_held <= 1'b0;
            w_held <= 1'b0;
            s_axil_bvalid <= 1'b0;
            soft_rst <= 1'b0;
            rxq_reset <= '0;
            txq_reset <= '0;
            rxq_ring_wr <= 1'b0;
            txq_ring_wr <= 1'b0;
        end
    end

    // ---------------------------------------------------------------- read channel
    assign s_axil_arready = !s_axil_rvalid;
    assign s_axil_rresp   = 2'b00;

    function automatic logic [31:0] read_value(input logic [AW-1:0] a);
        logic [QW-1:0] rq;
        logic [31:0] v;
        v = UNMAPPED_VALUE;
        case (a)
            ADDR_ID:             v = ID_VALUE;
            ADDR_VERSION:        v = VERSION;
            ADDR_CAPS:           v = {8'd0, 8'(RSS_KEY_BYTES), 8'($clog2(RETA_SIZE)), 8'(QN)};
            ADDR_CTRL:           v = {sr_pending, 29'd0, cfg_tx_en, cfg_rx_en};
            ADDR_STATUS:         v = {30'd0, tx_idle, rx_idle};
            ADDR_SCRATCH:        v = scratch;
            ADDR_IRQ_STATUS:     v = 32'(irq_status);
            ADDR_IRQ_MASK:       v = 32'(irq_mask);
            ADDR_RSS_HASH_TYPES: v = cfg_hash_types;
            ADDR_DEFAULT_QUEUE:  v = 32'(cfg_default_queue);
            ADDR_RX_FRAMES:      v = stat_rx_frames;
            ADDR_RX_DELIVERED:   v = stat_rx_delivered;
            ADDR_RX_DROP_NOBUF:  v = stat_rx_drop_nobuf;
            ADDR_RX_DROP_ERROR:  v = stat_rx_drop_error;
            ADDR_RX_MALFORMED:   v = stat_rx_malformed;
            ADDR_TX_FRAMES:      v = stat_tx_frames;
            ADDR_MMIO_WRITES:    v = mmio_writes;
            ADDR_DMA_FAULTS:     v = dma_faults;
            default: begin
                if (a >= RSS_KEY_BASE && a <= KEY_LAST) begin
                    for (int i = 0; i < KW; i++)
                        if (a == RSS_KEY_BASE + AW'(4 * i)) v = cfg_rss_key[32*(KW-1-i) +: 32];
                end else if (a >= RETA_BASE && a <= RETA_LAST) begin
                    v = 32'd0;
                    for (int k = 0; k < 4; k++)
                        v[8*k +: 4] = cfg_reta[16*32'(a[6:2]) + 4*k +: 4];
                end else if (is_queue_addr(a)) begin
                    rq = a[QREG_BITS +: QW];
                    case (a[QREG_BITS-1:0])
                        OFS_RXQ_BASE_LO:       v = cfg_rxq_base[rq][31:0];
                        OFS_RXQ_BASE_HI:       v = cfg_rxq_base[rq][63:32];
                        OFS_RXQ_SIZE:          v = 32'(cfg_rxq_size[rq]);
                        OFS_RXQ_TAIL:          v = 32'(cfg_rxq_tail[rq]);
                        OFS_RXQ_HEAD:          v = 32'(rxq_head[rq]);
                        OFS_RXQ_DELIVERED:     v = rxq_delivered[rq];
                        OFS_RXQ_DROPS:         v = rxq_drops[rq];
                        OFS_TXQ_BASE_LO:       v = cfg_txq_base[rq][31:0];
                        OFS_TXQ_BASE_HI:       v = cfg_txq_base[rq][63:32];
                        OFS_TXQ_SIZE:          v = 32'(cfg_txq_size[rq]);
                        OFS_TXQ_TAIL:          v = 32'(cfg_txq_tail[rq]);
                        OFS_TXQ_HEAD:          v = 32'(txq_head[rq]);
                        OFS_TXQ_DOORBELLS:     v = txq_doorbells[rq];
                        OFS_TXQ_FRAMES:        v = txq_frames[rq];
                        OFS_TXQ_BAD_DOORBELLS: v = txq_bad_doorbells[rq];
                        default:               v = UNMAPPED_VALUE;
                    endcase
                end
            end
        endcase
        return v;
    endfunction

    always_ff @(posedge clk) begin
        if (s_axil_arvalid && s_axil_arready) s_axil_rdata <= read_value(AW'(s_axil_araddr) & ~AW'(3));
        s_axil_rvalid <= (s_axil_arvalid && s_axil_arready) || (s_axil_rvalid && !s_axil_rready);
        if (rst) begin
            s_axil_rvalid <= 1'b0;
            s_axil_rdata  <= '0;
        end
    end

    // queue numbers are 4 bits wide on the ports; only the low QW bits address the counters
    wire unused = &{1'b0, s_axil_awprot, s_axil_arprot, rxq_delivered_q, rxq_drop_q, txq_frame_q};
endmodule

`resetall
