// axi_dma_arb — shares one AXI4 master between two DMA engines (port 0 = RX, port 1 = TX).
//
// Read and write address channels are arbitrated separately, round-robin, one grant per burst;
// the outgoing AR/AW are registered (one cycle from engine to bus). The port number becomes the
// top bit of the AXI ID, so R and B responses are routed back by ID without bookkeeping.
// Write data follows its address: at each AW handshake on the bus the port number enters a small
// FIFO (W_FIFO_DEPTH), and the W channel is given to the port at its head until WLAST. So W never
// runs ahead of its AW (any AXI4 slave accepts that order), bursts never interleave, and the next
// AW can be granted while the current burst's data still flows — back-to-back bursts lose no cycle.
// `hold` stops new grants (soft reset pending); `idle` says nothing is outstanding on the bus.
// Simulation speed: the bus handshake terms that feed only registers are locals of the clocked
// block, evaluated once per edge by a cycle-based simulator rather than on each input-settling
// pass; the readies and the W/R/B routing stay combinational, as the protocol needs. `idle` is a
// register loaded from the next state of the valids and counters, so it holds this cycle's value,
// as combinational logic would, without axil_regs' clocked block reading those registers (a
// simulator orders that read after their update and keeps shadow copies for it). Same logic.
// Latency: AR and AW 1 cycle from an engine to the bus (registered); W, R and B pass through
// combinationally (0 cycles). Throughput: one burst granted per address channel per cycle; W, R
// and B one beat per cycle; back-to-back bursts lose no cycle.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module axi_dma_arb #(
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int S_ID_WIDTH     = 3,
    parameter int M_ID_WIDTH     = S_ID_WIDTH + 1,
    parameter int MAX_OUTSTANDING = 255,
    parameter int W_FIFO_DEPTH   = 4      // AWs on the bus whose write data has not finished
) (
    input  wire                         clk,
    input  wire                         rst,
    input  wire                         hold,
    output logic                        idle,   // registered from the next state: this cycle's value

    input  wire [S_ID_WIDTH-1:0]        s0_awid,
    input  wire [AXI_ADDR_WIDTH-1:0]    s0_awaddr,
    input  wire [7:0]                   s0_awlen,
    input  wire [2:0]                   s0_awsize,
    input  wire [1:0]                   s0_awburst,
    input  wire                         s0_awvalid,
    output wire                         s0_awready,
    input  wire [AXI_DATA_WIDTH-1:0]    s0_wdata,
    input  wire [AXI_DATA_WIDTH/8-1:0]  s0_wstrb,
    input  wire                         s0_wlast,
    input  wire                         s0_wvalid,
    output wire                         s0_wready,
    output wire [S_ID_WIDTH-1:0]        s0_bid,
    output wire [1:0]                   s0_bresp,
    output wire                         s0_bvalid,
    input  wire                         s0_bready,
    input  wire [S_ID_WIDTH-1:0]        s0_arid,
    input  wire [AXI_ADDR_WIDTH-1:0]    s0_araddr,
    input  wire [7:0]                   s0_arlen,
    input  wire [2:0]                   s0_arsize,
    input  wire [1:0]                   s0_arburst,
    input  wire                         s0_arvalid,
    output wire                         s0_arready,
    output wire [S_ID_WIDTH-1:0]        s0_rid,
    output wire [AXI_DATA_WIDTH-1:0]    s0_rdata,
    output wire [1:0]                   s0_rresp,
    output wire                         s0_rlast,
    output wire                         s0_rvalid,
    input  wire                         s0_rready,

    input  wire [S_ID_WIDTH-1:0]        s1_awid,
    input  wire [AXI_ADDR_WIDTH-1:0]    s1_awaddr,
    input  wire [7:0]                   s1_awlen,
    input  wire [2:0]                   s1_awsize,
    input  wire [1:0]                   s1_awburst,
    input  wire                         s1_awvalid,
    output wire                         s1_awready,
    input  wire [AXI_DATA_WIDTH-1:0]    s1_wdata,
    input  wire [AXI_DATA_WIDTH/8-1:0]  s1_wstrb,
    input  wire                         s1_wlast,
    input  wire                         s1_wvalid,
    output wire                         s1_wready,
    output wire [S_ID_WIDTH-1:0]        s1_bid,
    output wire [1:0]                   s1_bresp,
    output wire                         s1_bvalid,
    input  wire                         s1_bready,
    input  wire [S_ID_WIDTH-1:0]        s1_arid,
    input  wire [AXI_ADDR_WIDTH-1:0]    s1_araddr,
    input  wire [7:0]                   s1_arlen,
    input  wire [2:0]                   s1_arsize,
    input  wire [1:0]                   s1_arburst,
    input  wire                         s1_arvalid,
    output wire                         s1_arready,
    output wire [S_ID_WIDTH-1:0]        s1_rid,
    output wire [AXI_DATA_WIDTH-1:0]    s1_rdata,
    output wire [1:0]                   s1_rresp,
    output wire                         s1_rlast,
    output wire                         s1_rvalid,
    input  wire                         s1_rready,

    output logic [M_ID_WIDTH-1:0]        m_axi_awid,
    output logic [AXI_ADDR_WIDTH-1:0]    m_axi_awaddr,
    output logic [7:0]                   m_axi_awlen,
    output logic [2:0]                   m_axi_awsize,
    output logic [1:0]                   m_axi_awburst,
    output wire                         m_axi_awlock,
    output wire [3:0]                   m_axi_awcache,
    output wire [2:0]                   m_axi_awprot,
    output logic                         m_axi_awvalid,
    input  wire                         m_axi_awready,
    output wire [AXI_DATA_WIDTH-1:0]    m_axi_wdata,
    output wire [AXI_DATA_WIDTH/8-1:0]  m_axi_wstrb,
    output wire                         m_axi_wlast,
    output wire                         m_axi_wvalid,
    input  wire                         m_axi_wready,
    input  wire [M_ID_WIDTH-1:0]        m_axi_bid,
    input  wire [1:0]                   m_axi_bresp,
    input  wire                         m_axi_bvalid,
    output wire                         m_axi_bready,
    output logic [M_ID_WIDTH-1:0]        m_axi_arid,
    output logic [AXI_ADDR_WIDTH-1:0]    m_axi_araddr,
    output logic [7:0]                   m_axi_arlen,
    output logic [2:0]                   m_axi_arsize,
    output logic [1:0]                   m_axi_arburst,
    output wire                         m_axi_arlock,
    output wire [3:0]                   m_axi_arcache,
    output wire [2:0]                   m_axi_arprot,
    output logic                         m_axi_arvalid,
    input  wire                         m_axi_arready,
    input  wire [M_ID_WIDTH-1:0]        m_axi_rid,
    input  wire [AXI_DATA_WIDTH-1:0]    m_axi_rdata,
    input  wire [1:0]                   m_axi_rresp,
    input  wire                         m_axi_rlast,
    input  wire                         m_axi_rvalid,
    output wire                         m_axi_rready
);

    if (AXI_DATA_WIDTH % 8 != 0
        || S_ID_WIDTH < 1
        || M_ID_WIDTH != S_ID_WIDTH + 1
        || MAX_OUTSTANDING < 2
        || (1 << $clog2(W_FIFO_DEPTH)) != W_FIFO_DEPTH
        || W_FIFO_DEPTH < 2) begin : g_bad_params
        $error("axi_dma_arb: M_ID_WIDTH = S_ID_WIDTH + 1, MAX_OUTSTANDING >= 2, W_FIFO_DEPTH a power of two >= 2");
    end
    // plain data accesses: normal non-cacheable bufferable, unprivileged, secure
    assign m_axi_awlock = 1'b0;
    assign m_axi_awcache = 4'b0011;
    assign m_axi_awprot = 3'b000;
    assign m_axi_arlock = 1'b0;
    assign m_axi_arcache = 4'b0011;
    assign m_axi_arprot = 3'b000;

    localparam int CW = $clog2(MAX_OUTSTANDING + 1);
    logic [CW-1:0] rd_outstanding, wr_outstanding;

    // ------------------------------------------------------------------ read address
    logic ar_last;   // port granted last; the other one goes first next time
    wire ar_free = (!m_axi_arvalid || m_axi_arready) && !hold && rd_outstanding < CW'(MAX_OUTSTANDING - 1);
    wire ar_pick1 = s1_arvalid && (!s0_arvalid || !ar_last);
    assign s0_arready = ar_free && s0_arvalid && !ar_pick1;
    assign s1_arready = ar_free && ar_pick1;

    // ------------------------------------------------------------------ write address and data
    logic aw_last;
    localparam int WFW = $clog2(W_FIFO_DEPTH);
    logic [W_FIFO_DEPTH-1:0] w_port;          // port of each queued burst, circular
    logic [WFW-1:0] w_rd, w_wr;
    logic [WFW:0] w_count;                     // bursts whose AW is on the bus or done, W not finished
    // the registered AW (if any) will need a W FIFO entry too
    wire [WFW:0] w_need = w_count + (WFW+1)'(m_axi_awvalid);
    wire aw_free = (!m_axi_awvalid || m_axi_awready) && !hold && w_need < (WFW+1)'(W_FIFO_DEPTH)
                   && wr_outstanding < CW'(MAX_OUTSTANDING - 1);
    wire aw_pick1 = s1_awvalid && (!s0_awvalid || !aw_last);
    assign s0_awready = aw_free && s0_awvalid && !aw_pick1;
    assign s1_awready = aw_free && aw_pick1;

    wire w_active = w_count != 0;
    wire w_owner = w_port[w_rd];
    assign m_axi_wdata  = w_owner ? s1_wdata : s0_wdata;
    assign m_axi_wstrb  = w_owner ? s1_wstrb : s0_wstrb;
    assign m_axi_wlast  = w_owner ? s1_wlast : s0_wlast;
    assign m_axi_wvalid = w_active && (w_owner ? s1_wvalid : s0_wvalid);
    assign s0_wready = w_active && !w_owner && m_axi_wready;
    assign s1_wready = w_active && w_owner && m_axi_wready;

    // ------------------------------------------------------------------ responses, routed by ID
    wire r_to1 = m_axi_rid[M_ID_WIDTH-1];
    assign s0_rid = m_axi_rid[S_ID_WIDTH-1:0];
    assign s1_rid = m_axi_rid[S_ID_WIDTH-1:0];
    assign s0_rdata = m_axi_rdata;
    assign s1_rdata = m_axi_rdata;
    assign s0_rresp = m_axi_rresp;
    assign s1_rresp = m_axi_rresp;
    assign s0_rlast = m_axi_rlast;
    assign s1_rlast = m_axi_rlast;
    assign s0_rvalid = m_axi_rvalid && !r_to1;
    assign s1_rvalid = m_axi_rvalid && r_to1;
    assign m_axi_rready = r_to1 ? s1_rready : s0_rready;

    wire b_to1 = m_axi_bid[M_ID_WIDTH-1];
    assign s0_bid = m_axi_bid[S_ID_WIDTH-1:0];
    assign s1_bid = m_axi_bid[S_ID_WIDTH-1:0];
    assign s0_bresp = m_axi_bresp;
    assign s1_bresp = m_axi_bresp;
    assign s0_bvalid = m_axi_bvalid && !b_to1;
    assign s1_bvalid = m_axi_bvalid && b_to1;
    assign m_axi_bready = b_to1 ? s1_bready : s0_bready;

    always_ff @(posedge clk) begin
        // bus handshakes: locals of the clocked block (they feed only these registers), so a
        // cycle-based simulator evaluates them once per edge, not on each input-settling pass
        logic ar_hs, r_done, aw_hs, b_hs, w_done, arvalid_n, awvalid_n;
        logic [WFW:0] w_count_n;
        logic [CW-1:0] rd_n, wr_n;
        ar_hs = m_axi_arvalid && m_axi_arready;
        r_done = m_axi_rvalid && m_axi_rready && m_axi_rlast;
        aw_hs = m_axi_awvalid && m_axi_awready;
        b_hs = m_axi_bvalid && m_axi_bready;
        w_done = m_axi_wvalid && m_axi_wready && m_axi_wlast;
        // next state of the valids and counters, from which idle is registered
        arvalid_n = s0_arready || s1_arready || (m_axi_arvalid && !ar_hs);
        awvalid_n = s0_awready || s1_awready || (m_axi_awvalid && !aw_hs);
        w_count_n = w_count + (WFW+1)'(aw_hs) - (WFW+1)'(w_done);
        rd_n = rd_outstanding + CW'(ar_hs) - CW'(r_done);
        wr_n = wr_outstanding + CW'(aw_hs) - CW'(b_hs);
        m_axi_arvalid <= arvalid_n;
        m_axi_awvalid <= awvalid_n;
        w_count <= w_count_n;
        rd_outstanding <= rd_n;
        wr_outstanding <= wr_n;
        idle <= rd_n == 0 && wr_n == 0 && !arvalid_n && !awvalid_n && w_count_n == 0;
        if (s0_arready || s1_arready) begin
            m_axi_arid    <= {ar_pick1, ar_pick1 ? s1_arid : s0_arid};
            m_axi_araddr  <= ar_pick1 ? s1_araddr : s0_araddr;
            m_axi_arlen   <= ar_pick1 ? s1_arlen : s0_arlen;
            m_axi_arsize  <= ar_pick1 ? s1_arsize : s0_arsize;
            m_axi_arburst <= ar_pick1 ? s1_arburst : s0_arburst;
            ar_last       <= ar_pick1;
        end

        if (aw_hs) begin
            w_port[w_wr] <= m_axi_awid[M_ID_WIDTH-1];
            w_wr <= w_wr + 1'b1;
        end
        if (w_done) w_rd <= w_rd + 1'b1;
        if (s0_awready || s1_awready) begin
            m_axi_awid    <= {aw_pick1, aw_pick1 ? s1_awid : s0_awid};
            m_axi_awaddr  <= aw_pick1 ? s1_awaddr : s0_awaddr;
            m_axi_awlen   <= aw_pick1 ? s1_awlen : s0_awlen;
            m_axi_awsize  <= aw_pick1 ? s1_awsize : s0_awsize;
            m_axi_awburst <= aw_pick1 ? s1_awburst : s0_awburst;
            aw_last       <= aw_pick1;
        end

        if (rst) begin
            idle <= 1'b1;
            m_axi_arvalid <= 1'b0;
            m_axi_awvalid <= 1'b0;
            m_axi_arid <= '0;
            m_axi_araddr <= '0;
            m_axi_arlen <= '0;
            m_axi_arsize <= '0;
            m_axi_arburst <= '0;
            m_axi_awid <= '0;
            m_axi_awaddr <= '0;
            m_axi_awlen <= '0;
            m_axi_awsize <= '0;
            m_axi_awburst <= '0;
            ar_last <= 1'b1;
            aw_last <= 1'b1;
            w_port <= '0;
            w_rd <= '0;
            w_wr <= '0;
            w_count <= '0;
            rd_outstanding <= '0;
            wr_outstanding <= '0;
        end
    end
endmodule

`resetall
