// rx_datapath — STUB (foundation): accepts and discards every RX frame; counters read 0.
// Replaced by the real parser → Toeplitz → RETA → RX DMA chain (issue 4).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rx_datapath #(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 3
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
    output wire [NUM_QUEUES*32-1:0]      stat_rxq_delivered,
    output wire [NUM_QUEUES*32-1:0]      stat_rxq_drops,
    output wire [NUM_QUEUES*12-1:0]      rxq_head,
    output wire [NUM_QUEUES-1:0]         rx_irq_set,
    output wire                          rx_idle,
    output wire                          rx_dma_fault
);
    assign s_axis_rx_tready = 1'b1;
    assign m_axi_awid = '0; assign m_axi_awaddr = '0; assign m_axi_awlen = '0;
    assign m_axi_awsize = 3'd3; assign m_axi_awburst = 2'b01; assign m_axi_awvalid = 1'b0;
    assign m_axi_wdata = '0; assign m_axi_wstrb = '0; assign m_axi_wlast = 1'b0;
    assign m_axi_wvalid = 1'b0; assign m_axi_bready = 1'b1;
    assign m_axi_arid = '0; assign m_axi_araddr = '0; assign m_axi_arlen = '0;
    assign m_axi_arsize = 3'd3; assign m_axi_arburst = 2'b01; assign m_axi_arvalid = 1'b0;
    assign m_axi_rready = 1'b1;
    assign stat_rx_frames = '0; assign stat_rx_delivered = '0; assign stat_rx_drop_nobuf = '0;
    assign stat_rx_drop_error = '0; assign stat_rx_malformed = '0;
    assign stat_rxq_delivered = '0; assign stat_rxq_drops = '0; assign rxq_head = '0;
    assign rx_irq_set = '0; assign rx_idle = 1'b1; assign rx_dma_fault = 1'b0;

    wire unused = &{1'b0, clk, rst, s_axis_rx_tdata, s_axis_rx_tkeep, s_axis_rx_tlast,
                    s_axis_rx_tuser, s_axis_rx_tvalid, cfg_rx_en, cfg_hash_types,
                    cfg_default_queue, cfg_rss_key, cfg_reta, cfg_rxq_base, cfg_rxq_size,
                    cfg_rxq_tail, rxq_reset, m_axi_awready, m_axi_wready, m_axi_bid, m_axi_bresp,
                    m_axi_bvalid, m_axi_arready, m_axi_rid, m_axi_rdata, m_axi_rresp,
                    m_axi_rlast, m_axi_rvalid};
endmodule

`resetall
