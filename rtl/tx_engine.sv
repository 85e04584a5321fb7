// tx_engine — STUB (foundation): transmits nothing; TXQ_HEAD and counters read 0.
// Replaced by the real doorbell / descriptor fetch / frame DMA engine (issue 5).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_engine #(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 3
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire                          cfg_tx_en,
    input  wire [NUM_QUEUES*64-1:0]      cfg_txq_base,
    input  wire [NUM_QUEUES*13-1:0]      cfg_txq_size,
    input  wire [NUM_QUEUES*12-1:0]      cfg_txq_tail,
    input  wire [NUM_QUEUES-1:0]         txq_reset,
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
    output wire [NUM_QUEUES*32-1:0]      stat_txq_frames,
    output wire [NUM_QUEUES*12-1:0]      txq_head,
    output wire                          tx_idle,
    output wire                          tx_dma_fault
);
    assign m_axis_tx_tdata = '0; assign m_axis_tx_tkeep = '0; assign m_axis_tx_tlast = 1'b0;
    assign m_axis_tx_tuser = '0; assign m_axis_tx_tvalid = 1'b0;
    assign m_axi_awid = '0; assign m_axi_awaddr = '0; assign m_axi_awlen = '0;
    assign m_axi_awsize = 3'd3; assign m_axi_awburst = 2'b01; assign m_axi_awvalid = 1'b0;
    assign m_axi_wdata = '0; assign m_axi_wstrb = '0; assign m_axi_wlast = 1'b0;
    assign m_axi_wvalid = 1'b0; assign m_axi_bready = 1'b1;
    assign m_axi_arid = '0; assign m_axi_araddr = '0; assign m_axi_arlen = '0;
    assign m_axi_arsize = 3'd3; assign m_axi_arburst = 2'b01; assign m_axi_arvalid = 1'b0;
    assign m_axi_rready = 1'b1;
    assign stat_tx_frames = '0; assign stat_txq_frames = '0; assign txq_head = '0;
    assign tx_idle = 1'b1; assign tx_dma_fault = 1'b0;

    wire unused = &{1'b0, clk, rst, cfg_tx_en, cfg_txq_base, cfg_txq_size, cfg_txq_tail,
                    txq_reset, m_axis_tx_tready, m_axi_awready, m_axi_wready, m_axi_bid,
                    m_axi_bresp, m_axi_bvalid, m_axi_arready, m_axi_rid, m_axi_rdata,
                    m_axi_rresp, m_axi_rlast, m_axi_rvalid};
endmodule

`resetall
