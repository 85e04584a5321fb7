// tx_writeback — TX completions: DD status write-back and TXQ_HEAD advance, in order.
//
// Completions (one per descriptor, in the order the frames left or were skipped) enter a ring of
// CQ_DEPTH entries walked by two pointers:
//   issue  — for an entry with RS set (and not killed by txq_reset), write the status byte:
//            one AXI4 write of one 8-byte beat at ring base + 16*index + 8 with WSTRB = 0x08, so
//            only byte 11 (status) changes, to 0x01 (DD). Writes are pipelined, one per cycle.
//   retire — an entry retires once its DD write (if any) has its B response; then HEAD of its queue
//            advances (unless killed). B responses return in order (single AXI ID), so the k-th B
//            belongs to the k-th issued write. HEAD therefore never passes a descriptor whose DD
//            write could still land later on a slot the driver has reused.
// An error BRESP raises b_fault for one cycle.
// Latency: completion -> AW/W valid 1 cycle; B -> HEAD advance 1 cycle.
// Throughput: one completion, one DD write and one retirement per cycle.
// Simulation speed: the completion queue is swept for killed entries only in a cycle with a
// queue reset (the same per-entry logic in hardware, enabled by the reset pulse); the issue
// decision, which depends on the AW/W ready inputs and feeds only registers, is a local of the
// clocked block, so a cycle-based simulator evaluates it once per edge; `idle` is registered here
// for tx_engine's tx_idle (see there).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_writeback
    import nic_pkg::*;
#(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 3,
    parameter int CQ_DEPTH       = 16,       // power of two
    parameter int QW = (NUM_QUEUES > 1) ? $clog2(NUM_QUEUES) : 1
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire [NUM_QUEUES*64-1:0]      cfg_txq_base,
    input  wire [NUM_QUEUES-1:0]         txq_reset,

    input  wire                          c_valid,
    output wire                          c_ready,
    input  wire [QW-1:0]                 c_q,
    input  wire [11:0]                   c_idx,
    input  wire                          c_rs,
    input  wire                          c_kill,

    output wire [AXI_ID_WIDTH-1:0]       m_axi_awid,
    output logic [AXI_ADDR_WIDTH-1:0]     m_axi_awaddr,
    output wire [7:0]                    m_axi_awlen,
    output wire [2:0]                    m_axi_awsize,
    output wire [1:0]                    m_axi_awburst,
    output logic                          m_axi_awvalid,
    input  wire                          m_axi_awready,
    output wire [63:0]                   m_axi_wdata,
    output wire [7:0]                    m_axi_wstrb,
    output wire                          m_axi_wlast,
    output logic                          m_axi_wvalid,
    input  wire                          m_axi_wready,
    input  wire [AXI_ID_WIDTH-1:0]       m_axi_bid,
    input  wire [1:0]                    m_axi_bresp,
    input  wire                          m_axi_bvalid,
    output wire                          m_axi_bready,

    output wire                          ret_valid,    // HEAD of ret_q advances
    output wire [QW-1:0]                 ret_q,
    output logic                          b_fault,
    output logic                         idle          // registered: at the last clock edge no completion pending
);
    localparam int CD  = CQ_DEPTH;
    localparam int CW  = $clog2(CD);

    if ((1 << CW) != CD || CD < 2 || NUM_QUEUES < 1 || NUM_QUEUES > 16) begin : g_bad_depth
        $error("tx_writeback: CQ_DEPTH a power of two >= 2, NUM_QUEUES 1..16");
    end

    logic [QW-1:0] cq_q   [CD];
    logic [11:0]   cq_idx [CD];
    logic [CD-1:0] cq_rs, cq_kill, cq_wr;
    logic [CW:0]   wp, ip, rp;
    logic [CW:0]   b_avail;                   // B responses received, not yet matched to a retirement

    assign c_ready = (wp - rp) != (CW+1)'(CD);

    // all TX writes use ID 0: B responses come back in issue order
    assign m_axi_awid    = '0;
    assign m_axi_awlen   = 8'd0;
    assign m_axi_awsize  = 3'd3;
    assign m_axi_awburst = 2'b01;
    assign m_axi_wdata   = TXD_DD_BEAT;                // DD in descriptor byte 11 (beat 1, byte 3)
    assign m_axi_wstrb   = 8'(1 << TXD_DD_BYTE);
    assign m_axi_wlast   = 1'b1;
    assign m_axi_bready  = 1'b1;

    wire [CW-1:0] i = ip[CW-1:0];
    wire [CW-1:0] r = rp[CW-1:0];
    wire retire    = rp != ip && (!cq_wr[r] || b_avail != '0);
    assign ret_valid = retire && !cq_kill[r] && !txq_reset[cq_q[r]];
    assign ret_q     = cq_q[r];

    always_ff @(posedge clk) begin
        // the issue decision feeds only these registers and depends on the AW/W ready inputs: a
        // local of the clocked block, evaluated once per edge by a cycle-based simulator (same logic)
        logic i_write, issue;
        i_write = cq_rs[i] && !cq_kill[i] && !txq_reset[cq_q[i]];
        issue   = ip != wp && (!i_write || ((!m_axi_awvalid || m_axi_awready) && (!m_axi_wvalid || m_axi_wready)));
        idle <= wp == rp && !m_axi_awvalid && !m_axi_wvalid;
        // a queue reset is rare: look at every entry only then
        if (txq_reset != '0)
            for (int k = 0; k < CD; k++)
                if (txq_reset[cq_q[k]]) cq_kill[k] <= 1'b1;
        if (c_valid && c_ready) begin
            cq_q[wp[CW-1:0]]    <= c_q;
            cq_idx[wp[CW-1:0]]  <= c_idx;
            cq_rs[wp[CW-1:0]]   <= c_rs;
            cq_kill[wp[CW-1:0]] <= c_kill || txq_reset[c_q];
            wp <= wp + 1'b1;
        end

        if (m_axi_awvalid && m_axi_awready) m_axi_awvalid <= 1'b0;
        if (m_axi_wvalid && m_axi_wready) m_axi_wvalid <= 1'b0;
        if (issue) begin
            cq_wr[i] <= i_write;
            ip <= ip + 1'b1;
            if (i_write) begin
                m_axi_awvalid <= 1'b1;
                m_axi_wvalid  <= 1'b1;
                m_axi_awaddr  <= AXI_ADDR_WIDTH'(cfg_txq_base[64*cq_q[i] +: 64]
                                                 + {48'd0, cq_idx[i], 4'b1000});
            end
        end

        b_avail <= b_avail + (CW+1)'(m_axi_bvalid) - (CW+1)'(retire && cq_wr[r]);
        b_fault <= m_axi_bvalid && m_axi_bresp != 2'b00;
        if (retire) rp <= rp + 1'b1;

        if (rst) begin
            idle <= 1'b1;
            wp <= '0;
            ip <= '0;
            rp <= '0;
            b_avail <= '0;
            b_fault <= 1'b0;
            m_axi_awvalid <= 1'b0;
            m_axi_wvalid <= 1'b0;
        end
    end


    wire unused = &{1'b0, m_axi_bid};
endmodule

`resetall
