// nic_top_ports.svh — the top-level port list of nic_top, written once.
//
// Included inside the ANSI port list of nic_top and of the test tops that stand in for it
// (bridge_test_top, rss_blocks_test_top): the bridge's port table and bus models bind to any
// top with exactly these ports. The including module declares the parameters used here:
// NUM_QUEUES, AXI_ADDR_WIDTH, AXI_DATA_WIDTH, AXI_ID_WIDTH, AXIL_ADDR_WIDTH.
    input  wire                         clk,
    input  wire                         rst,

    // AXI4-Lite slave: control and status registers (the register map of axil_regs)
    input  wire [AXIL_ADDR_WIDTH-1:0]   s_axil_awaddr,
    input  wire [2:0]                   s_axil_awprot,
    input  wire                         s_axil_awvalid,
    output wire                         s_axil_awready,
    input  wire [31:0]                  s_axil_wdata,
    input  wire [3:0]                   s_axil_wstrb,
    input  wire                         s_axil_wvalid,
    output wire                         s_axil_wready,
    output wire [1:0]                   s_axil_bresp,
    output wire                         s_axil_bvalid,
    input  wire                         s_axil_bready,
    input  wire [AXIL_ADDR_WIDTH-1:0]   s_axil_araddr,
    input  wire [2:0]                   s_axil_arprot,
    input  wire                         s_axil_arvalid,
    output wire                         s_axil_arready,
    output wire [31:0]                  s_axil_rdata,
    output wire [1:0]                   s_axil_rresp,
    output wire                         s_axil_rvalid,
    input  wire                         s_axil_rready,

    // AXI4-Stream slave: received Ethernet frames without FCS; tuser[0] marks a bad frame
    input  wire [AXI_DATA_WIDTH-1:0]    s_axis_rx_tdata,
    input  wire [AXI_DATA_WIDTH/8-1:0]  s_axis_rx_tkeep,
    input  wire                         s_axis_rx_tlast,
    input  wire [0:0]                   s_axis_rx_tuser,
    input  wire                         s_axis_rx_tvalid,
    output wire                         s_axis_rx_tready,

    // AXI4-Stream master: transmitted Ethernet frames without FCS
    output wire [AXI_DATA_WIDTH-1:0]    m_axis_tx_tdata,
    output wire [AXI_DATA_WIDTH/8-1:0]  m_axis_tx_tkeep,
    output wire                         m_axis_tx_tlast,
    output wire [0:0]                   m_axis_tx_tuser,
    output wire                         m_axis_tx_tvalid,
    input  wire                         m_axis_tx_tready,

    // AXI4 master: DMA to host memory (descriptors, packet data, write-backs)
    output wire [AXI_ID_WIDTH-1:0]      m_axi_awid,
    output wire [AXI_ADDR_WIDTH-1:0]    m_axi_awaddr,
    output wire [7:0]                   m_axi_awlen,
    output wire [2:0]                   m_axi_awsize,
    output wire [1:0]                   m_axi_awburst,
    output wire                         m_axi_awlock,
    output wire [3:0]                   m_axi_awcache,
    output wire [2:0]                   m_axi_awprot,
    output wire                         m_axi_awvalid,
    input  wire                         m_axi_awready,
    output wire [AXI_DATA_WIDTH-1:0]    m_axi_wdata,
    output wire [AXI_DATA_WIDTH/8-1:0]  m_axi_wstrb,
    output wire                         m_axi_wlast,
    output wire                         m_axi_wvalid,
    input  wire                         m_axi_wready,
    input  wire [AXI_ID_WIDTH-1:0]      m_axi_bid,
    input  wire [1:0]                   m_axi_bresp,
    input  wire                         m_axi_bvalid,
    output wire                         m_axi_bready,
    output wire [AXI_ID_WIDTH-1:0]      m_axi_arid,
    output wire [AXI_ADDR_WIDTH-1:0]    m_axi_araddr,
    output wire [7:0]                   m_axi_arlen,
    output wire [2:0]                   m_axi_arsize,
    output wire [1:0]                   m_axi_arburst,
    output wire                         m_axi_arlock,
    output wire [3:0]                   m_axi_arcache,
    output wire [2:0]                   m_axi_arprot,
    output wire                         m_axi_arvalid,
    input  wire                         m_axi_arready,
    input  wire [AXI_ID_WIDTH-1:0]      m_axi_rid,
    input  wire [AXI_DATA_WIDTH-1:0]    m_axi_rdata,
    input  wire [1:0]                   m_axi_rresp,
    input  wire                         m_axi_rlast,
    input  wire                         m_axi_rvalid,
    output wire                         m_axi_rready,

    // per-RX-queue interrupt, level: IRQ_STATUS[q] & IRQ_MASK[q]
    output wire [NUM_QUEUES-1:0]        irq
