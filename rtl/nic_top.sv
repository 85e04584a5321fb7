// nic_top — nicsim RSS / TX-doorbell NIC.
//
// Wires the register file (axil_regs), the receive datapath (rx_datapath: parser, Toeplitz hash,
// RETA, RX DMA rings), the transmit engine (tx_engine: doorbells, descriptor fetch, frame DMA) and
// the DMA arbiter (axi_dma_arb) that shares one AXI4 master between them.
//
// Clock `clk` (nominal 250 MHz), synchronous active-high `rst`. A soft reset (CTRL bit 31) is
// applied only once the DMA arbiter has no transaction outstanding, so the AXI4 master never
// abandons a burst half way (see axil_regs).
// Latency: nic_top adds no register stage of its own; a received frame has its queue 5 cycles
// after its last beat (rx_parser 2, toeplitz_hash 2, rss_reta 1), then rx_engine's DMA latency;
// a TX doorbell reaches the descriptor fetch through tx_engine (see its header).
// Throughput: one AXI_DATA_WIDTH beat per cycle on each stream (s_axis RX, m_axis TX; 64 bits,
// 16 Gbit/s at 250 MHz, by default) and on the shared AXI4 master's data channels (axi_dma_arb).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module nic_top #(
    parameter int NUM_QUEUES     = 16,   // RX and TX queue pairs, 1..16
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 4,
    parameter int AXIL_ADDR_WIDTH = 16
) (
`include "nic_top_ports.svh"
);

    localparam int QN = NUM_QUEUES;
    localparam int EID = AXI_ID_WIDTH - 1;   // engine ID width; the arbiter adds the port bit

    if (NUM_QUEUES < 1 || NUM_QUEUES > 16
        || AXI_DATA_WIDTH != 64
        || AXI_ID_WIDTH < 2
        || AXI_ADDR_WIDTH < 32 || AXI_ADDR_WIDTH > 64) begin : g_bad_params
        $error("nic_top: NUM_QUEUES 1..16, AXI_DATA_WIDTH 64, AXI_ID_WIDTH >= 2, AXI_ADDR_WIDTH 32..64");
    end

    wire core_rst;        // rst or an applied soft reset: resets the engines
    wire dma_hold;        // soft reset pending: the arbiter grants no new burst
    wire dma_idle;        // no AXI4 transaction outstanding

    // configuration from the register file
    wire                cfg_rx_en, cfg_tx_en;
    wire [31:0]         cfg_hash_types;
    wire [3:0]          cfg_default_queue;
    wire [319:0]        cfg_rss_key;
    wire [511:0]        cfg_reta;
    wire [QN*64-1:0]    cfg_rxq_base, cfg_txq_base;
    wire [QN*13-1:0]    cfg_rxq_size, cfg_txq_size;
    wire [QN*12-1:0]    cfg_rxq_tail, cfg_txq_tail;
    wire [QN-1:0]       rxq_reset, txq_reset;
    wire                rxq_ring_wr, txq_ring_wr;   // a TAIL or SIZE register was written

    // status from the engines
    wire [31:0]         stat_rx_frames, stat_rx_delivered, stat_rx_drop_nobuf;
    wire [31:0]         stat_rx_drop_error, stat_rx_malformed, stat_tx_frames;
    wire                rxq_delivered_ev, rxq_drop_ev, txq_frame_ev;   // per-queue counter events
    wire [3:0]          rxq_delivered_q, rxq_drop_q, txq_frame_q;
    wire [QN*12-1:0]    rxq_head, txq_head;
    wire [QN-1:0]       rx_irq_set;
    wire                rx_idle, tx_idle, rx_dma_fault, tx_dma_fault;

    axil_regs #(
        .NUM_QUEUES(QN),
        .AXIL_ADDR_WIDTH(AXIL_ADDR_WIDTH)
    ) u_regs (
        .clk(clk), .rst(rst),
        .s_axil_awaddr(s_axil_awaddr), .s_axil_awprot(s_axil_awprot),
        .s_axil_awvalid(s_axil_awvalid), .s_axil_awready(s_axil_awready),
        .s_axil_wdata(s_axil_wdata), .s_axil_wstrb(s_axil_wstrb),
        .s_axil_wvalid(s_axil_wvalid), .s_axil_wready(s_axil_wready),
        .s_axil_bresp(s_axil_bresp), .s_axil_bvalid(s_axil_bvalid), .s_axil_bready(s_axil_bready),
        .s_axil_araddr(s_axil_araddr), .s_axil_arprot(s_axil_arprot),
        .s_axil_arvalid(s_axil_arvalid), .s_axil_arready(s_axil_arready),
        .s_axil_rdata(s_axil_rdata), .s_axil_rresp(s_axil_rresp),
        .s_axil_rvalid(s_axil_rvalid), .s_axil_rready(s_axil_rready),
        .core_rst(core_rst), .dma_hold(dma_hold), .dma_idle(dma_idle),
        .cfg_rx_en(cfg_rx_en), .cfg_tx_en(cfg_tx_en),
        .cfg_hash_types(cfg_hash_types), .cfg_default_queue(cfg_default_queue),
        .cfg_rss_key(cfg_rss_key), .cfg_reta(cfg_reta),
        .cfg_rxq_base(cfg_rxq_base), .cfg_rxq_size(cfg_rxq_size), .cfg_rxq_tail(cfg_rxq_tail),
        .rxq_reset(rxq_reset), .rxq_ring_wr(rxq_ring_wr),
        .cfg_txq_base(cfg_txq_base), .cfg_txq_size(cfg_txq_size), .cfg_txq_tail(cfg_txq_tail),
        .txq_reset(txq_reset), .txq_ring_wr(txq_ring_wr),
        .stat_rx_frames(stat_rx_frames), .stat_rx_delivered(stat_rx_delivered),
        .stat_rx_drop_nobuf(stat_rx_drop_nobuf), .stat_rx_drop_error(stat_rx_drop_error),
        .stat_rx_malformed(stat_rx_malformed),
        .rxq_delivered_ev(rxq_delivered_ev), .rxq_delivered_q(rxq_delivered_q),
        .rxq_drop_ev(rxq_drop_ev), .rxq_drop_q(rxq_drop_q),
        .rxq_head(rxq_head), .rx_irq_set(rx_irq_set), .rx_idle(rx_idle), .rx_dma_fault(rx_dma_fault),
        .stat_tx_frames(stat_tx_frames), .txq_frame_ev(txq_frame_ev), .txq_frame_q(txq_frame_q),
        .txq_head(txq_head), .tx_idle(tx_idle), .tx_dma_fault(tx_dma_fault),
        .irq(irq)
    );

    // engine-side AXI4 ports (port 0 = RX, port 1 = TX on the arbiter)
    `define NIC_AXI_WIRES(p) \
        wire [EID-1:0] p``_awid; wire [AXI_ADDR_WIDTH-1:0] p``_awaddr; wire [7:0] p``_awlen; \
        wire [2:0] p``_awsize; wire [1:0] p``_awburst; wire p``_awvalid, p``_awready; \
        wire [AXI_DATA_WIDTH-1:0] p``_wdata; wire [AXI_DATA_WIDTH/8-1:0] p``_wstrb; \
        wire p``_wlast, p``_wvalid, p``_wready; \
        wire [EID-1:0] p``_bid; wire [1:0] p``_bresp; wire p``_bvalid, p``_bready; \
        wire [EID-1:0] p``_arid; wire [AXI_ADDR_WIDTH-1:0] p``_araddr; wire [7:0] p``_arlen; \
        wire [2:0] p``_arsize; wire [1:0] p``_arburst; wire p``_arvalid, p``_arready; \
        wire [EID-1:0] p``_rid; wire [AXI_DATA_WIDTH-1:0] p``_rdata; wire [1:0] p``_rresp; \
        wire p``_rlast, p``_rvalid, p``_rready;
    `NIC_AXI_WIRES(rxd)
    `NIC_AXI_WIRES(txd)
    `undef NIC_AXI_WIRES

    rx_datapath #(
        .NUM_QUEUES(QN),
        .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH),
        .AXI_DATA_WIDTH(AXI_DATA_WIDTH),
        .AXI_ID_WIDTH(EID)
    ) u_rx (
        .clk(clk), .rst(core_rst),
        .s_axis_rx_tdata(s_axis_rx_tdata), .s_axis_rx_tkeep(s_axis_rx_tkeep),
        .s_axis_rx_tlast(s_axis_rx_tlast), .s_axis_rx_tuser(s_axis_rx_tuser),
        .s_axis_rx_tvalid(s_axis_rx_tvalid), .s_axis_rx_tready(s_axis_rx_tready),
        .cfg_rx_en(cfg_rx_en), .cfg_hash_types(cfg_hash_types),
        .cfg_default_queue(cfg_default_queue), .cfg_rss_key(cfg_rss_key), .cfg_reta(cfg_reta),
        .cfg_rxq_base(cfg_rxq_base), .cfg_rxq_size(cfg_rxq_size), .cfg_rxq_tail(cfg_rxq_tail),
        .rxq_reset(rxq_reset), .rxq_ring_wr(rxq_ring_wr),
        .m_axi_awid(rxd_awid), .m_axi_awaddr(rxd_awaddr), .m_axi_awlen(rxd_awlen),
        .m_axi_awsize(rxd_awsize), .m_axi_awburst(rxd_awburst),
        .m_axi_awvalid(rxd_awvalid), .m_axi_awready(rxd_awready),
        .m_axi_wdata(rxd_wdata), .m_axi_wstrb(rxd_wstrb), .m_axi_wlast(rxd_wlast),
        .m_axi_wvalid(rxd_wvalid), .m_axi_wready(rxd_wready),
        .m_axi_bid(rxd_bid), .m_axi_bresp(rxd_bresp), .m_axi_bvalid(rxd_bvalid), .m_axi_bready(rxd_bready),
        .m_axi_arid(rxd_arid), .m_axi_araddr(rxd_araddr), .m_axi_arlen(rxd_arlen),
        .m_axi_arsize(rxd_arsize), .m_axi_arburst(rxd_arburst),
        .m_axi_arvalid(rxd_arvalid), .m_axi_arready(rxd_arready),
        .m_axi_rid(rxd_rid), .m_axi_rdata(rxd_rdata), .m_axi_rresp(rxd_rresp),
        .m_axi_rlast(rxd_rlast), .m_axi_rvalid(rxd_rvalid), .m_axi_rready(rxd_rready),
        .stat_rx_frames(stat_rx_frames), .stat_rx_delivered(stat_rx_delivered),
        .stat_rx_drop_nobuf(stat_rx_drop_nobuf), .stat_rx_drop_error(stat_rx_drop_error),
        .stat_rx_malformed(stat_rx_malformed),
        .rxq_delivered_ev(rxq_delivered_ev), .rxq_delivered_q(rxq_delivered_q),
        .rxq_drop_ev(rxq_drop_ev), .rxq_drop_q(rxq_drop_q),
        .rxq_head(rxq_head), .rx_irq_set(rx_irq_set), .rx_idle(rx_idle), .rx_dma_fault(rx_dma_fault)
    );

    tx_engine #(
        .NUM_QUEUES(QN),
        .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH),
        .AXI_DATA_WIDTH(AXI_DATA_WIDTH),
        .AXI_ID_WIDTH(EID)
    ) u_tx (
        .clk(clk), .rst(core_rst),
        .cfg_tx_en(cfg_tx_en),
        .cfg_txq_base(cfg_txq_base), .cfg_txq_size(cfg_txq_size), .cfg_txq_tail(cfg_txq_tail),
        .txq_reset(txq_reset), .txq_ring_wr(txq_ring_wr),
        .m_axis_tx_tdata(m_axis_tx_tdata), .m_axis_tx_tkeep(m_axis_tx_tkeep),
        .m_axis_tx_tlast(m_axis_tx_tlast), .m_axis_tx_tuser(m_axis_tx_tuser),
        .m_axis_tx_tvalid(m_axis_tx_tvalid), .m_axis_tx_tready(m_axis_tx_tready),
        .m_axi_awid(txd_awid), .m_axi_awaddr(txd_awaddr), .m_axi_awlen(txd_awlen),
        .m_axi_awsize(txd_awsize), .m_axi_awburst(txd_awburst),
        .m_axi_awvalid(txd_awvalid), .m_axi_awready(txd_awready),
        .m_axi_wdata(txd_wdata), .m_axi_wstrb(txd_wstrb), .m_axi_wlast(txd_wlast),
        .m_axi_wvalid(txd_wvalid), .m_axi_wready(txd_wready),
        .m_axi_bid(txd_bid), .m_axi_bresp(txd_bresp), .m_axi_bvalid(txd_bvalid), .m_axi_bready(txd_bready),
        .m_axi_arid(txd_arid), .m_axi_araddr(txd_araddr), .m_axi_arlen(txd_arlen),
        .m_axi_arsize(txd_arsize), .m_axi_arburst(txd_arburst),
        .m_axi_arvalid(txd_arvalid), .m_axi_arready(txd_arready),
        .m_axi_rid(txd_rid), .m_axi_rdata(txd_rdata), .m_axi_rresp(txd_rresp),
        .m_axi_rlast(txd_rlast), .m_axi_rvalid(txd_rvalid), .m_axi_rready(txd_rready),
        .stat_tx_frames(stat_tx_frames), .txq_frame_ev(txq_frame_ev), .txq_frame_q(txq_frame_q),
        .txq_head(txq_head), .tx_idle(tx_idle), .tx_dma_fault(tx_dma_fault)
    );

    axi_dma_arb #(
        .AXI_ADDR_WIDTH(AXI_ADDR_WIDTH),
        .AXI_DATA_WIDTH(AXI_DATA_WIDTH),
        .S_ID_WIDTH(EID)
    ) u_arb (
        .clk(clk), .rst(rst),
        .hold(dma_hold), .idle(dma_idle),
        .s0_awid(rxd_awid), .s0_awaddr(rxd_awaddr), .s0_awlen(rxd_awlen), .s0_awsize(rxd_awsize),
        .s0_awburst(rxd_awburst), .s0_awvalid(rxd_awvalid), .s0_awready(rxd_awready),
        .s0_wdata(rxd_wdata), .s0_wstrb(rxd_wstrb), .s0_wlast(rxd_wlast),
        .s0_wvalid(rxd_wvalid), .s0_wready(rxd_wready),
        .s0_bid(rxd_bid), .s0_bresp(rxd_bresp), .s0_bvalid(rxd_bvalid), .s0_bready(rxd_bready),
        .s0_arid(rxd_arid), .s0_araddr(rxd_araddr), .s0_arlen(rxd_arlen), .s0_arsize(rxd_arsize),
        .s0_arburst(rxd_arburst), .s0_arvalid(rxd_arvalid), .s0_arready(rxd_arready),
        .s0_rid(rxd_rid), .s0_rdata(rxd_rdata), .s0_rresp(rxd_rresp), .s0_rlast(rxd_rlast),
        .s0_rvalid(rxd_rvalid), .s0_rready(rxd_rready),
        .s1_awid(txd_awid), .s1_awaddr(txd_awaddr), .s1_awlen(txd_awlen), .s1_awsize(txd_awsize),
        .s1_awburst(txd_awburst), .s1_awvalid(txd_awvalid), .s1_awready(txd_awready),
        .s1_wdata(txd_wdata), .s1_wstrb(txd_wstrb), .s1_wlast(txd_wlast),
        .s1_wvalid(txd_wvalid), .s1_wready(txd_wready),
        .s1_bid(txd_bid), .s1_bresp(txd_bresp), .s1_bvalid(txd_bvalid), .s1_bready(txd_bready),
        .s1_arid(txd_arid), .s1_araddr(txd_araddr), .s1_arlen(txd_arlen), .s1_arsize(txd_arsize),
        .s1_arburst(txd_arburst), .s1_arvalid(txd_arvalid), .s1_arready(txd_arready),
        .s1_rid(txd_rid), .s1_rdata(txd_rdata), .s1_rresp(txd_rresp), .s1_rlast(txd_rlast),
        .s1_rvalid(txd_rvalid), .s1_rready(txd_rready),
        .m_axi_awid(m_axi_awid), .m_axi_awaddr(m_axi_awaddr), .m_axi_awlen(m_axi_awlen),
        .m_axi_awsize(m_axi_awsize), .m_axi_awburst(m_axi_awburst), .m_axi_awlock(m_axi_awlock),
        .m_axi_awcache(m_axi_awcache), .m_axi_awprot(m_axi_awprot),
        .m_axi_awvalid(m_axi_awvalid), .m_axi_awready(m_axi_awready),
        .m_axi_wdata(m_axi_wdata), .m_axi_wstrb(m_axi_wstrb), .m_axi_wlast(m_axi_wlast),
        .m_axi_wvalid(m_axi_wvalid), .m_axi_wready(m_axi_wready),
        .m_axi_bid(m_axi_bid), .m_axi_bresp(m_axi_bresp), .m_axi_bvalid(m_axi_bvalid),
        .m_axi_bready(m_axi_bready),
        .m_axi_arid(m_axi_arid), .m_axi_araddr(m_axi_araddr), .m_axi_arlen(m_axi_arlen),
        .m_axi_arsize(m_axi_arsize), .m_axi_arburst(m_axi_arburst), .m_axi_arlock(m_axi_arlock),
        .m_axi_arcache(m_axi_arcache), .m_axi_arprot(m_axi_arprot),
        .m_axi_arvalid(m_axi_arvalid), .m_axi_arready(m_axi_arready),
        .m_axi_rid(m_axi_rid), .m_axi_rdata(m_axi_rdata), .m_axi_rresp(m_axi_rresp),
        .m_axi_rlast(m_axi_rlast), .m_axi_rvalid(m_axi_rvalid), .m_axi_rready(m_axi_rready)
    );

endmodule

`resetall
