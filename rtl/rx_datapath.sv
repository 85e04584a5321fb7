// rx_datapath — the receive half of the NIC: rx_parser -> toeplitz_hash -> rss_reta -> rx_engine.
//
//   s_axis_rx ──┬─▶ data FIFO (MAX_FRAME_BYTES, store and forward) ─────────────────┐
//               └─▶ rx_parser ─▶ toeplitz_hash ─▶ rss_reta ─▶ metadata FIFO ─▶ rx_engine ─▶ m_axi
//
// Ingress: every frame is counted in RX_FRAMES when its last beat is accepted, and its RX sequence
// is the count before it. s_axis_rx_tready (registered) falls only when the data FIFO or the
// metadata FIFO (META_DEPTH frames between first beat and allocation) is full; frames are never
// truncated. A frame longer than MAX_FRAME_BYTES keeps its first MAX_FRAME_BYTES in the FIFO, the
// rest of the stream is accepted at full rate and discarded, and the frame is a drop error.
// Configuration sampling point: a frame uses CTRL.RX_EN, RSS_KEY, RSS_HASH_TYPES, RETA and
// DEFAULT_QUEUE as they are in the cycle its last beat is accepted (a snapshot travels with the
// frame), so a register write that completes before the last beat of frame N+1 is accepted
// applies to frame N+1 and to none before it. Ring state (SIZE, TAIL, HEAD) is checked when the
// frame reaches rx_engine's allocation stage.
// Latency: last beat accepted -> queue decision 5 cycles (parser 2, Toeplitz 2, RETA 1), then the
// metadata FIFO (2 cycles) and rx_engine; a 64-byte frame's rx_irq_set pulse comes 31 cycles after
// its last beat with a 4-cycle AXI slave. Throughput: one beat per cycle on the stream; sustained
// frame rate is bounded by the AXI W channel (1 cycle per 8 bytes + 2 per frame for the
// write-back): 10 cycles per 64-byte frame directly on an AXI slave that accepts back-to-back
// bursts.
// Simulation speed: the ingress next-state terms (frame, beat count, FIFO level, frames in flight),
// which depend on the stream inputs, are locals of the clocked block, so a cycle-based simulator
// computes them once per clock edge rather than on each input-settling pass; the configuration
// snapshot is only registered with a frame's last beat; the reset is the clocked block's last
// statement, so the frame counter is read before it is written (no shadow copy in a simulator).
// Same hardware.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rx_datapath #(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 3,
    parameter int MAX_FRAME_BYTES = 16384,  // data FIFO size and longest frame delivered; power of two
    parameter int META_DEPTH     = 32,      // frames between first beat and allocation; power of two
    parameter int DESC_CACHE     = 4,       // descriptors cached per queue
    parameter int SLOTS          = 16,      // frames between descriptor allocation and commit
    parameter int MAX_BURST      = 32       // beats per data write burst
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire [AXI_DATA_WIDTH-1:0]     s_axis_rx_tdata,
    input  wire [AXI_DATA_WIDTH/8-1:0]   s_axis_rx_tkeep,
    input  wire                          s_axis_rx_tlast,
    input  wire [0:0]                    s_axis_rx_tuser,
    input  wire                          s_axis_rx_tvalid,
    output wire                          s_axis_rx_tready,
    input  wire                          cfg_rx_en,
    input  wire [31:0]                   cfg_hash_types,
    input  wire [3:0]                    cfg_default_queue,
    input  wire [319:0]                  cfg_rss_key,
    input  wire [511:0]                  cfg_reta,
    input  wire [NUM_QUEUES*64-1:0]      cfg_rxq_base,
    input  wire [NUM_QUEUES*13-1:0]      cfg_rxq_size,
    input  wire [NUM_QUEUES*12-1:0]      cfg_rxq_tail,
    input  wire [NUM_QUEUES-1:0]         rxq_reset,
    input  wire                          rxq_ring_wr,
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
    output wire [31:0]                   stat_rx_frames,
    output wire [31:0]                   stat_rx_delivered,
    output wire [31:0]                   stat_rx_drop_nobuf,
    output wire [31:0]                   stat_rx_drop_error,
    output wire [31:0]                   stat_rx_malformed,
    output wire                          rxq_delivered_ev,
    output wire [3:0]                    rxq_delivered_q,
    output wire                          rxq_drop_ev,
    output wire [3:0]                    rxq_drop_q,
    output wire [NUM_QUEUES*12-1:0]      rxq_head,
    output wire [NUM_QUEUES-1:0]         rx_irq_set,
    output wire                          rx_idle,
    output wire                          rx_dma_fault
);

    if (NUM_QUEUES < 1 || NUM_QUEUES > 16
        || AXI_DATA_WIDTH != 64
        || (1 << $clog2(MAX_FRAME_BYTES)) != MAX_FRAME_BYTES
        || MAX_FRAME_BYTES < 128
        || (1 << $clog2(META_DEPTH)) != META_DEPTH
        || META_DEPTH < 2) begin : g_bad_params
        $error("rx_datapath: NUM_QUEUES 1..16, AXI_DATA_WIDTH 64, MAX_FRAME_BYTES a power of two >= 128, META_DEPTH a power of two >= 2");
    end
    localparam int QN = NUM_QUEUES;
    localparam int MAX_BEATS = MAX_FRAME_BYTES / 8;
    localparam int NB_W = $clog2(MAX_BEATS + 1);
    localparam int DLW = $clog2(MAX_BEATS + 1);
    localparam int MLW = $clog2(META_DEPTH + 1);

    // ------------------------------------------------------------------ ingress
    logic            tready_r, in_frame;
    logic [NB_W-1:0] beat_cnt;          // beats of the current frame so far, saturating at MAX_BEATS
    logic [MLW-1:0]  inflight;          // frames between first beat and allocation
    logic [31:0]     rx_frames;
    logic            rx_idle_r;

    wire acc = s_axis_rx_tvalid && tready_r;
    wire first = acc && !in_frame;
    wire store = acc && beat_cnt != NB_W'(MAX_BEATS);

    wire             dat_valid, dat_pop;
    wire [63:0]      dat_data;
    wire [DLW-1:0]   dat_level;
    wire             meta_valid, meta_ready;

    rx_fifo #(.WIDTH(64), .DEPTH(MAX_BEATS)) u_data_fifo (
        .clk(clk), .rst(rst),
        .wr_en(store), .wr_data(s_axis_rx_tdata),
        .rd_en(dat_pop), .rd_valid(dat_valid), .rd_data(dat_data), .level(dat_level)
    );

    // The next-state terms below (frame, beat count, FIFO level, frames in flight) are locals of the
    // clocked block: the same logic, which a cycle-based simulator then evaluates once per clock
    // edge instead of on every change of the stream inputs.
    always_ff @(posedge clk) begin
        logic            in_frame_n;
        logic [NB_W-1:0] beat_cnt_n;
        logic [DLW:0]    level_n;
        logic [MLW:0]    inflight_n;
        in_frame_n = acc ? !s_axis_rx_tlast : in_frame;
        beat_cnt_n = beat_cnt;
        if (acc) beat_cnt_n = s_axis_rx_tlast ? '0 : (store ? beat_cnt + NB_W'(1) : beat_cnt);
        level_n = (DLW+1)'(dat_level) + (DLW+1)'(store) - (DLW+1)'(dat_pop && dat_valid);
        inflight_n = (MLW+1)'(inflight) + (MLW+1)'(first) - (MLW+1)'(meta_valid && meta_ready);
        in_frame <= in_frame_n;
        beat_cnt <= beat_cnt_n;
        inflight <= MLW'(inflight_n);
        if (acc && s_axis_rx_tlast) rx_frames <= rx_frames + 32'd1;
        // discarding the tail of an oversize frame never waits; otherwise room for one more
        // beat, and for a new frame a metadata place
        tready_r <= (in_frame_n && beat_cnt_n == NB_W'(MAX_BEATS))
                    || (level_n < (DLW+1)'(MAX_BEATS)
                        && (in_frame_n || inflight_n < (MLW+1)'(META_DEPTH)));
        rx_idle_r <= !in_frame_n && inflight_n == '0 && level_n == '0 && engine_idle;
        if (rst) begin
            tready_r <= 1'b0;
            in_frame <= 1'b0;
            beat_cnt <= '0;
            inflight <= '0;
            rx_frames <= '0;
            rx_idle_r <= 1'b1;
        end
    end
    assign s_axis_rx_tready = tready_r;
    assign stat_rx_frames = rx_frames;
    assign rx_idle = rx_idle_r;

    // ------------------------------------------------------------------ classification pipeline
    // configuration snapshot taken with the last beat: {rx_en, default queue, types, key, RETA, seq}
    localparam int SB1 = 1 + 4 + 32 + 320 + 512 + 32;
    wire [SB1-1:0] p_sb_in = {cfg_rx_en, cfg_default_queue, cfg_hash_types, cfg_rss_key, cfg_reta,
                              rx_frames};

    wire             p_valid, p_runt, p_bad, p_over;
    wire [15:0]      p_len, p_tci;
    wire [NB_W-1:0]  p_nbeats;
    wire [7:0]       p_flags;
    wire [287:0]     p_tuple;
    wire [SB1-1:0]   p_sb;

    rx_parser #(.MAX_BYTES(MAX_FRAME_BYTES), .SB_W(SB1)) u_parser (
        .clk(clk), .rst(rst),
        .beat_valid(acc), .beat_data(s_axis_rx_tdata), .beat_keep(s_axis_rx_tkeep),
        .beat_last(s_axis_rx_tlast), .beat_user(s_axis_rx_tuser[0]), .frame_sb(p_sb_in),
        .out_valid(p_valid), .out_len(p_len), .out_nbeats(p_nbeats), .out_runt(p_runt),
        .out_bad(p_bad), .out_oversize(p_over), .out_flags(p_flags), .out_tci(p_tci),
        .out_tuple(p_tuple), .out_sb(p_sb)
    );

    wire         p_rx_en = p_sb[SB1-1];
    wire [3:0]   p_dq    = p_sb[SB1-2 -: 4];
    wire [31:0]  p_types = p_sb[SB1-6 -: 32];
    wire [319:0] p_key   = p_sb[SB1-38 -: 320];
    wire [511:0] p_reta  = p_sb[32 +: 512];
    wire [31:0]  p_seq   = p_sb[31:0];

    // per-frame fields after hashing: {RETA, default queue, rx_en, seq, len, nbeats, err, flags, tci}
    localparam int FW = 1 + 32 + 16 + NB_W + 1 + 8 + 16;
    localparam int SB2 = 512 + 4 + FW;
    wire [FW-1:0] p_fields = {p_rx_en, p_seq, p_len, p_nbeats, p_runt || p_bad || p_over, p_flags, p_tci};

    wire            h_valid;
    wire [31:0]     h_hash;
    wire [7:0]      h_htype;
    wire [SB2-1:0]  h_sb;
    toeplitz_hash #(.SB_W(SB2)) u_hash (
        .clk(clk), .rst(rst),
        .in_valid(p_valid), .in_flags(p_flags), .in_tuple(p_tuple), .in_key(p_key),
        .in_types(p_types), .in_sb({p_reta, p_dq, p_fields}),
        .out_valid(h_valid), .out_hash(h_hash), .out_htype(h_htype), .out_sb(h_sb)
    );

    wire            r_valid;
    wire [3:0]      r_queue;
    wire [31:0]     r_hash;
    wire [7:0]      r_htype;
    wire [FW-1:0]   r_fields;
    rss_reta #(.RETA_SIZE(128), .SB_W(FW)) u_reta (
        .clk(clk), .rst(rst),
        .in_valid(h_valid), .in_hash(h_hash), .in_htype(h_htype),
        .in_reta(h_sb[SB2-1 -: 512]), .in_default_queue(h_sb[FW +: 4]), .in_sb(h_sb[FW-1:0]),
        .out_valid(r_valid), .out_queue(r_queue), .out_hash(r_hash), .out_htype(r_htype),
        .out_sb(r_fields)
    );

    // ------------------------------------------------------------------ metadata FIFO
    localparam int MW = 32 + 8 + 4 + FW;
    wire [MW-1:0] meta;
    wire [MLW-1:0] meta_level;   // not needed: `inflight` bounds the FIFO
    rx_fifo #(.WIDTH(MW), .DEPTH(META_DEPTH)) u_meta_fifo (
        .clk(clk), .rst(rst),
        .wr_en(r_valid), .wr_data({r_hash, r_htype, r_queue, r_fields}),
        .rd_en(meta_ready), .rd_valid(meta_valid), .rd_data(meta), .level(meta_level)
    );

    wire [FW-1:0] m_f = meta[FW-1:0];
    wire engine_idle;

    // ------------------------------------------------------------------ DMA engine
    rx_engine #(
        .NUM_QUEUES(QN), .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH), .AXI_DATA_WIDTH(AXI_DATA_WIDTH),
        .AXI_ID_WIDTH(AXI_ID_WIDTH), .MAX_BYTES(MAX_FRAME_BYTES), .DESC_CACHE(DESC_CACHE),
        .SLOTS(SLOTS), .MAX_BURST(MAX_BURST)
    ) u_engine (
        .clk(clk), .rst(rst),
        .meta_valid(meta_valid), .meta_ready(meta_ready),
        .meta_hash(meta[MW-1 -: 32]), .meta_htype(meta[MW-33 -: 8]), .meta_queue(meta[FW +: 4]),
        .meta_rx_en(m_f[FW-1]), .meta_seq(m_f[FW-2 -: 32]), .meta_len(m_f[FW-34 -: 16]),
        .meta_nbeats(m_f[25 +: NB_W]), .meta_err(m_f[24]), .meta_flags(m_f[16 +: 8]),
        .meta_tci(m_f[15:0]),
        .dat_valid(dat_valid), .dat_data(dat_data), .dat_pop(dat_pop),
        .cfg_rxq_base(cfg_rxq_base), .cfg_rxq_size(cfg_rxq_size), .cfg_rxq_tail(cfg_rxq_tail),
        .rxq_reset(rxq_reset), .rxq_ring_wr(rxq_ring_wr),
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awsize(m_axi_awsize), .m_axi_awburst(m_axi_awburst),
        .m_axi_awvalid(m_axi_awvalid), .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready),
        .m_axi_arid(m_axi_arid), .m_axi_araddr(m_axi_araddr), .m_axi_arlen(m_axi_arlen),
        .m_axi_arsize(m_axi_arsize), .m_axi_arburst(m_axi_arburst),
        .m_axi_arvalid(m_axi_arvalid), .m_axi_arready(m_axi_arready),
        .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata), .m_axi_rresp(m_axi_rresp),
        .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid), .m_axi_rready(m_axi_rready),
        .stat_rx_delivered(stat_rx_delivered), .stat_rx_drop_nobuf(stat_rx_drop_nobuf),
        .stat_rx_drop_error(stat_rx_drop_error), .stat_rx_malformed(stat_rx_malformed),
        .rxq_delivered_ev(rxq_delivered_ev), .rxq_delivered_q(rxq_delivered_q),
        .rxq_drop_ev(rxq_drop_ev), .rxq_drop_q(rxq_drop_q),
        .rxq_head(rxq_head), .rx_irq_set(rx_irq_set), .rx_dma_fault(rx_dma_fault),
        .engine_idle(engine_idle)
    );

    wire unused = &{1'b0, meta_level};
endmodule

`resetall
