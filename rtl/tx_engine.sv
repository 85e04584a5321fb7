// tx_engine — the NIC's transmit path: TX rings, descriptor prefetch, frame DMA, AXIS transmit.
//
// Blocks (one file each):
//   tx_desc_fetch — per-queue ring indices from the TXQ_TAIL level state (a doorbell is never lost
//                   or merged), descriptor prefetch into a per-queue cache with multi-descriptor
//                   AXI4 bursts, round-robin frame scheduler, TXQ_HEAD;
//   tx_frame_dma  — frame table, data read bursts, realignment (tx_realign) into the data FIFO
//                   (tx_fifo), store-and-forward AXI4-Stream transmit, TX_FRAMES and the
//                   txq_frame_ev pulse TXQ_FRAMES is counted from (in axil_regs);
//   tx_writeback  — DD status write-back for RS descriptors and in-order TXQ_HEAD advance;
//   this module   — AR channel (descriptor and data requests, alternating, registered), the read
//                   tracking FIFO that steers R beats, DMA fault pulses, tx_idle.
//
// Arbitration: queues are served round-robin ONE FRAME AT A TIME (the scheduler grants the next
// queue after the last one that sent, among queues with descriptors fetched or being fetched, and
// waits for the descriptor of the queue whose turn it is if its read is still in flight), so with
// k busy queues each gets every k-th frame, also when they all become ready at once, and no queue
// can starve another. Descriptor fetches are also
// granted round-robin among queues. On the AR channel descriptor and data reads alternate when
// both wait.
//
// Rules:
//  * HEAD advances past a descriptor only after its frame has left the stream (TLAST accepted)
//    and, when RS was set, after the DD write has its B response. TX_FRAMES/TXQ_FRAMES count at
//    TLAST. A frame is sent only when its whole data was read without error (store-and-forward).
//  * Bad descriptors are skipped, never sent, and never hang the queue: length < 14 or
//    > MAX_FRAME_LEN, EOP clear, or an error response on the data read. HEAD advances past them
//    and DD is written when RS is set, so the driver reclaims them as usual (a TXQ_FRAMES that did
//    not move tells it the frame was not sent). A descriptor whose own read failed is skipped the
//    same way but without a DD write (its RS bit is unknown).
//  * tx_dma_fault pulses once per AXI4 transaction with an error response: per read burst with
//    any non-OKAY RRESP beat, per write with non-OKAY BRESP (queued, so none are lost).
//  * Buffers may start at any byte address: data is read from addr & ~7 and realigned.
//  * cfg_tx_en = 0: no new frame starts on the stream, no new descriptor is fetched or scheduled;
//    the frame on the wire finishes and already-issued reads complete.
//  * txq_reset[q]: HEAD and every index of q go to 0; its prefetched descriptors and frames not
//    yet on the wire are discarded without completion; a frame already on the wire finishes.
// All TX reads use ARID 0 and all writes AWID 0, so responses return in order.
//
// Latency: TAIL change -> first TVALID of a 64-byte frame = 19 + 2 x (slave read latency) cycles
// on an idle engine (27 at latency 4; +2 behind axi_dma_arb); store-and-forward adds the frame's
// read time for longer frames.
// Throughput: one 8-byte beat per cycle on the read channel and on the stream; a 64-byte frame
// costs 10 read beats (2 descriptor + 8 data), so 10 cycles per frame sustained.
// Simulation speed: the read tracking FIFO is swept for killed entries only in a cycle with a
// queue reset (the same per-entry logic in hardware, enabled by the reset pulse); the DMA fault
// count's next value (fed by the R channel inputs) is a local of the clocked block, evaluated once
// per clock edge by a cycle-based simulator instead of on each input-settling pass. tx_idle is the
// AND of registered terms each block keeps for itself: one register here would read the other
// blocks' registers in this clocked block, which a simulator orders after their update and so
// keeps shadow copies of them. Same cycle, same value.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_engine #(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 3,
    parameter int MAX_FRAME_LEN  = 9600,   // longest frame sent, bytes without FCS (jumbo); longer = bad descriptor
    parameter int CACHE_DEPTH    = 8,      // descriptors prefetched per queue
    parameter int FT_DEPTH       = 16,     // frames in flight (scheduled, not yet completed)
    parameter int FIFO_DEPTH     = 2048,   // data FIFO in 8-byte words, >= one maximum frame
    parameter int MAX_BURST_BEATS = 64,    // longest data read burst
    parameter int TRK_DEPTH      = 16      // AXI4 read bursts outstanding
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire                          cfg_tx_en,
    input  wire [NUM_QUEUES*64-1:0]      cfg_txq_base,
    input  wire [NUM_QUEUES*13-1:0]      cfg_txq_size,
    input  wire [NUM_QUEUES*12-1:0]      cfg_txq_tail,
    input  wire [NUM_QUEUES-1:0]         txq_reset,
    input  wire                          txq_ring_wr,
    output wire [AXI_DATA_WIDTH-1:0]     m_axis_tx_tdata,
    output wire [AXI_DATA_WIDTH/8-1:0]   m_axis_tx_tkeep,
    output wire                          m_axis_tx_tlast,
    output wire [0:0]                    m_axis_tx_tuser,
    output wire                          m_axis_tx_tvalid,
    input  wire                          m_axis_tx_tready,
    output wire [AXI_ID_WIDTH-1:0]       m_axi_awid,
    output wire [AXI_ADDR_WIDTH-1:0]     m_axi_awaddr,
    output wire [7:0]                    m_axi_awlen,
    output wire [2:0]                    m_axi_awsize,
    output wire [1:0]                    m_axi_awburst,
    output wire                          m_axi_awvalid,
    input  wire                          m_axi_awready,
    output wire [AXI_DATA_WIDTH-1:0]     m_axi_wdata,
    output wire [AXI_DATA_WIDTH/8-1:0]   m_axi_wstrb,
    output wire                          m_axi_wlast,
    output wire                          m_axi_wvalid,
    input  wire                          m_axi_wready,
    input  wire [AXI_ID_WIDTH-1:0]       m_axi_bid,
    input  wire [1:0]                    m_axi_bresp,
    input  wire                          m_axi_bvalid,
    output wire                          m_axi_bready,
    output wire [AXI_ID_WIDTH-1:0]       m_axi_arid,
    output wire [AXI_ADDR_WIDTH-1:0]     m_axi_araddr,
    output wire [7:0]                    m_axi_arlen,
    output wire [2:0]                    m_axi_arsize,
    output wire [1:0]                    m_axi_arburst,
    output wire                          m_axi_arvalid,
    input  wire                          m_axi_arready,
    input  wire [AXI_ID_WIDTH-1:0]       m_axi_rid,
    input  wire [AXI_DATA_WIDTH-1:0]     m_axi_rdata,
    input  wire [1:0]                    m_axi_rresp,
    input  wire                          m_axi_rlast,
    input  wire                          m_axi_rvalid,
    output wire                          m_axi_rready,
    output wire [31:0]                   stat_tx_frames,
    output wire                          txq_frame_ev,
    output wire [3:0]                    txq_frame_q,
    output wire [NUM_QUEUES*12-1:0]      txq_head,
    output wire                          tx_idle,
    output wire                          tx_dma_fault
);

    localparam int QN  = NUM_QUEUES;
    localparam int QW  = (QN > 1) ? $clog2(QN) : 1;
    localparam int FTW = $clog2(FT_DEPTH);
    localparam int TW  = $clog2(TRK_DEPTH);

    if (AXI_DATA_WIDTH != 64 || (1 << TW) != TRK_DEPTH || TRK_DEPTH < 2 || QN < 1 || QN > 16
        || AXI_ID_WIDTH < 1) begin : g_bad_params
        $error("tx_engine: AXI_DATA_WIDTH 64, TRK_DEPTH a power of two >= 2, NUM_QUEUES 1..16, AXI_ID_WIDTH >= 1");
    end

    // ------------------------------------------------------------------ blocks
    // read tracking FIFO (declared first: the blocks below are fed from its head entry)
    logic [TRK_DEPTH-1:0] trk_desc, trk_first, trk_lastb, trk_kill;
    logic [QW-1:0]        trk_q  [TRK_DEPTH];
    logic [FTW-1:0]       trk_ft [TRK_DEPTH];
    logic [TW:0]          tw, tr;
    wire [TW-1:0] t = tr[TW-1:0];

    wire                      freq_valid, freq_ready;
    wire [AXI_ADDR_WIDTH-1:0] freq_addr;
    wire [7:0]                freq_n;
    wire [QW-1:0]             freq_q;
    wire                      dbeat_valid, dbeat_kill;
    wire                      s_valid, s_ready, s_bad, s_rs;
    wire [QW-1:0]             s_q;
    wire [11:0]               s_idx;
    wire [63:0]               s_addr;
    wire [15:0]               s_len;
    wire                      ret_valid;
    wire [QW-1:0]             ret_q;
    wire                      desc_idle, frame_idle, wb_idle;

    tx_desc_fetch #(
        .NUM_QUEUES(QN), .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH), .CACHE_DEPTH(CACHE_DEPTH),
        .MAX_FRAME_LEN(MAX_FRAME_LEN), .QW(QW)
    ) u_desc (
        .clk(clk), .rst(rst), .cfg_tx_en(cfg_tx_en), .cfg_txq_base(cfg_txq_base),
        .cfg_txq_size(cfg_txq_size), .cfg_txq_tail(cfg_txq_tail), .txq_reset(txq_reset),
        .txq_ring_wr(txq_ring_wr),
        .freq_valid(freq_valid), .freq_ready(freq_ready), .freq_addr(freq_addr),
        .freq_n(freq_n), .freq_q(freq_q),
        .dbeat_valid(dbeat_valid), .dbeat_data(m_axi_rdata), .dbeat_err(m_axi_rresp != 2'b00),
        .dbeat_last(m_axi_rlast), .dbeat_q(trk_q[t]), .dbeat_kill(dbeat_kill),
        .s_valid(s_valid), .s_ready(s_ready), .s_q(s_q), .s_idx(s_idx), .s_addr(s_addr),
        .s_len(s_len), .s_bad(s_bad), .s_rs(s_rs),
        .ret_valid(ret_valid), .ret_q(ret_q),
        .txq_head(txq_head), .idle(desc_idle)
    );

    wire                      dreq_valid, dreq_ready, dreq_first, dreq_last;
    wire [AXI_ADDR_WIDTH-1:0] dreq_addr;
    wire [7:0]                dreq_len;
    wire [FTW-1:0]            dreq_ft;
    wire                      rbeat_valid, rbeat_ready;
    wire                      c_valid, c_ready, c_rs, c_kill;
    wire [QW-1:0]             c_q;
    wire [11:0]               c_idx;

    tx_frame_dma #(
        .NUM_QUEUES(QN), .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH), .FT_DEPTH(FT_DEPTH),
        .FIFO_DEPTH(FIFO_DEPTH), .MAX_FRAME_LEN(MAX_FRAME_LEN), .MAX_BURST_BEATS(MAX_BURST_BEATS),
        .QW(QW), .FTW(FTW)
    ) u_frame (
        .clk(clk), .rst(rst), .cfg_tx_en(cfg_tx_en), .txq_reset(txq_reset),
        .s_valid(s_valid), .s_ready(s_ready), .s_q(s_q), .s_idx(s_idx), .s_addr(s_addr),
        .s_len(s_len), .s_bad(s_bad), .s_rs(s_rs),
        .dreq_valid(dreq_valid), .dreq_ready(dreq_ready), .dreq_addr(dreq_addr),
        .dreq_len(dreq_len), .dreq_ft(dreq_ft), .dreq_first(dreq_first), .dreq_last(dreq_last),
        .rbeat_valid(rbeat_valid), .rbeat_ready(rbeat_ready), .rbeat_data(m_axi_rdata),
        .rbeat_err(m_axi_rresp != 2'b00), .rbeat_last(m_axi_rlast), .rbeat_ft(trk_ft[t]),
        .rbeat_first(trk_first[t]), .rbeat_lastb(trk_lastb[t]),
        .m_axis_tx_tdata(m_axis_tx_tdata), .m_axis_tx_tkeep(m_axis_tx_tkeep),
        .m_axis_tx_tlast(m_axis_tx_tlast), .m_axis_tx_tuser(m_axis_tx_tuser),
        .m_axis_tx_tvalid(m_axis_tx_tvalid), .m_axis_tx_tready(m_axis_tx_tready),
        .c_valid(c_valid), .c_ready(c_ready), .c_q(c_q), .c_idx(c_idx), .c_rs(c_rs), .c_kill(c_kill),
        .stat_tx_frames(stat_tx_frames), .txq_frame_ev(txq_frame_ev), .txq_frame_q(txq_frame_q), .idle(frame_idle)
    );

    wire b_fault;
    tx_writeback #(
        .NUM_QUEUES(QN), .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH), .AXI_ID_WIDTH(AXI_ID_WIDTH), .QW(QW)
    ) u_wb (
        .clk(clk), .rst(rst), .cfg_txq_base(cfg_txq_base), .txq_reset(txq_reset),
        .c_valid(c_valid), .c_ready(c_ready), .c_q(c_q), .c_idx(c_idx), .c_rs(c_rs), .c_kill(c_kill),
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awsize(m_axi_awsize), .m_axi_awburst(m_axi_awburst),
        .m_axi_awvalid(m_axi_awvalid), .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready),
        .ret_valid(ret_valid), .ret_q(ret_q), .b_fault(b_fault), .idle(wb_idle)
    );

    // ------------------------------------------------------------------ AR channel
    // One registered AR; every accepted request pushes a tracking entry saying where its R beats go.
    logic                 arvalid_r;
    logic [AXI_ADDR_WIDTH-1:0] araddr_r;
    logic [7:0]           arlen_r;
    logic                 ar_pref_data;        // both waiting: data goes first if set

    wire ar_free   = (!arvalid_r || m_axi_arready) && (tw - tr) != (TW+1)'(TRK_DEPTH);
    wire pick_data = dreq_valid && (!freq_valid || ar_pref_data);
    wire pick_desc = freq_valid && !pick_data;
    assign dreq_ready = ar_free && pick_data;
    assign freq_ready = ar_free && pick_desc;

    wire [8:0] desc_beats = {freq_n, 1'b0};           // two beats per descriptor
    wire [7:0] desc_arlen = 8'(desc_beats - 9'd1);
    assign m_axi_arid    = '0;
    assign m_axi_araddr  = araddr_r;
    assign m_axi_arlen   = arlen_r;
    assign m_axi_arsize  = 3'd3;
    assign m_axi_arburst = 2'b01;
    assign m_axi_arvalid = arvalid_r;

    // ------------------------------------------------------------------ R channel
    wire t_valid = tr != tw;
    wire t_desc  = trk_desc[t];
    assign dbeat_valid = m_axi_rvalid && t_valid && t_desc;
    assign dbeat_kill  = trk_kill[t];
    assign rbeat_valid = m_axi_rvalid && t_valid && !t_desc;
    // a beat with no burst outstanding (slave protocol error) is accepted and dropped
    assign m_axi_rready = !t_valid || t_desc || rbeat_ready;
    wire r_hs = m_axi_rvalid && m_axi_rready;
    logic  r_err_acc;                         // an earlier beat of this burst had an error

    logic [7:0] fault_cnt;                    // fault events not yet pulsed
    logic       fault_pulse, idle_r;

    always_ff @(posedge clk) begin
        // fault accounting: locals of the clocked block, evaluated once per edge by a cycle-based
        // simulator rather than on every change of the R channel inputs (same logic)
        logic       r_fault;
        logic [7:0] fault_next;
        r_fault = r_hs && m_axi_rlast && (r_err_acc || m_axi_rresp != 2'b00);
        fault_next = fault_cnt + 8'(r_fault) + 8'(b_fault);
        idle_r <= tw == tr && !arvalid_r;
        if (arvalid_r && m_axi_arready) arvalid_r <= 1'b0;
        // a queue reset is rare: look at every entry only then
        if (txq_reset != '0)
            for (int k = 0; k < TRK_DEPTH; k++)
                if (trk_desc[k] && txq_reset[trk_q[k]]) trk_kill[k] <= 1'b1;
        if (dreq_ready || freq_ready) begin
            arvalid_r    <= 1'b1;
            araddr_r     <= pick_data ? dreq_addr : freq_addr;
            arlen_r      <= pick_data ? dreq_len : desc_arlen;
            ar_pref_data <= !pick_data;
            trk_desc[tw[TW-1:0]]  <= !pick_data;
            trk_q[tw[TW-1:0]]     <= freq_q;
            trk_kill[tw[TW-1:0]]  <= !pick_data && txq_reset[freq_q];
            trk_ft[tw[TW-1:0]]    <= dreq_ft;
            trk_first[tw[TW-1:0]] <= dreq_first;
            trk_lastb[tw[TW-1:0]] <= dreq_last;
            tw <= tw + 1'b1;
        end
        if (r_hs && t_valid) begin
            r_err_acc <= !m_axi_rlast && (r_err_acc || m_axi_rresp != 2'b00);
            if (m_axi_rlast) tr <= tr + 1'b1;
        end

        fault_pulse <= fault_next != 8'd0;
        fault_cnt   <= (fault_next != 8'd0) ? fault_next - 8'd1 : 8'd0;

        if (rst) begin
            arvalid_r    <= 1'b0;
            ar_pref_data <= 1'b1;
            tw <= '0;
            tr <= '0;
            r_err_acc   <= 1'b0;
            fault_cnt   <= '0;
            fault_pulse <= 1'b0;
            idle_r      <= 1'b1;  // nothing can be in flight out of reset
        end
    end

    // each block registers its own part of the idle term, so the AND below is of terms from one edge
    assign tx_idle = idle_r && desc_idle && frame_idle && wb_idle;
    assign tx_dma_fault = fault_pulse;

    wire unused = &{1'b0, m_axi_rid};
endmodule

`resetall
