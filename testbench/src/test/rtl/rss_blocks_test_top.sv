// rss_blocks_test_top — TEST-ONLY top that puts toeplitz_hash and rx_parser alone behind the
// bridge's bus models, for block-level tests. Its ports are nic_top's (rtl/nic_top_ports.svh), so
// the generic port table and BFMs bind to it unchanged. Simulation only; never synthesized.
//
// toeplitz_hash is driven from AXI4-Lite registers (byte addresses, 32-bit):
//   0x000 ID     RO  0x52424C4B ("RBLK")
//   0x004 FLAGS  RW  [7:0] parser flags presented to the hash (bit2 IPv4, bit3 IPv6, bit4 TCP,
//                    bit5 UDP, bit7 malformed)
//   0x008 TYPES  RW  enabled RSS_HASHTYPE_* bits
//   0x00C GO     WO  any write presents KEY, TUPLE, FLAGS and TYPES with in_valid for one cycle
//   0x010 HASH   RO  hash of the last result
//   0x014 HTYPE  RO  [7:0] M_HASHTYPE_* of the last result
//   0x018 COUNT  RO  results so far
//   0x040 + 4i   RW  KEY word i (i < 10): key bytes 4i..4i+3, byte 4i in bits 31:24
//   0x080 + 4i   RW  TUPLE word i (i < 9): tuple bytes 4i..4i+3, byte 4i in bits 31:24
// Unmapped reads return 0. Every write gets BVALID two cycles after AWVALID/WVALID are first seen.
//
// rx_parser sees every beat accepted on s_axis_rx. After a frame's last beat, TREADY stays low
// until the parser's result has left on m_axis_tx as one 48-byte record (6 full beats, byte 0 in
// tdata[7:0]):
//   bytes 0-1 frame length (little-endian), 2 flags, 3 {5'b0, oversize, bad, runt},
//   4-5 VLAN TCI (little-endian), 6-7 stored beats (little-endian), 8-43 the 36 tuple bytes in
//   order (tuple byte 0 = out_tuple[287:280]), 44-47 zero.
// Latency: the record starts 3 cycles after the frame's last beat; one frame per 9 cycles at best.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rss_blocks_test_top #(
    parameter int NUM_QUEUES      = 16,
    parameter int AXI_ADDR_WIDTH  = 64,
    parameter int AXI_DATA_WIDTH  = 64,
    parameter int AXI_ID_WIDTH    = 4,
    parameter int AXIL_ADDR_WIDTH = 16
) (
`include "nic_top_ports.svh"
);
    if (AXI_DATA_WIDTH != 64 || AXIL_ADDR_WIDTH < 8 || NUM_QUEUES < 1) begin : g_bad_params
        $error("rss_blocks_test_top: AXI_DATA_WIDTH must be 64, AXIL_ADDR_WIDTH at least 8, NUM_QUEUES at least 1");
    end

    localparam int MAX_BYTES = 16384;
    localparam int NB_W = $clog2(MAX_BYTES / 8 + 1);
    localparam int RECORD_BEATS = 6;

    // ------------------------------------------------------------------ AXI4-Lite registers
    logic        awready_q, bvalid_q, arready_q, rvalid_q;
    logic [31:0] rdata_q;
    logic [7:0]  flags_q;
    logic [31:0] types_q, hash_q, count_q;
    logic [7:0]  htype_q;
    logic [319:0] key_q;
    logic [287:0] tuple_q;
    logic        go_q;

    wire aw_fire = s_axil_awvalid && awready_q;   // AW and W are accepted together
    wire ar_fire = s_axil_arvalid && arready_q;
    wire [7:0] wa = 8'(s_axil_awaddr) & 8'hFC;
    wire [7:0] ra = 8'(s_axil_araddr) & 8'hFC;

    logic        h_valid;
    logic [31:0] h_hash;
    logic [7:0]  h_htype;

    function automatic logic [31:0] read_reg(input logic [7:0] a);
        logic [31:0] v;
        v = 32'd0;
        case (a)
            8'h00: v = 32'h5242_4C4B;
            8'h04: v = 32'(flags_q);
            8'h08: v = types_q;
            8'h10: v = hash_q;
            8'h14: v = 32'(htype_q);
            8'h18: v = count_q;
            default: begin
                for (int i = 0; i < 10; i++) if (a == 8'h40 + 8'(4 * i)) v = key_q[319 - 32*i -: 32];
                for (int i = 0; i < 9; i++) if (a == 8'h80 + 8'(4 * i)) v = tuple_q[287 - 32*i -: 32];
            end
        endcase
        return v;
    endfunction

    always_ff @(posedge clk) begin
        go_q <= 1'b0;
        if (rst) begin
            awready_q <= 1'b0;
            bvalid_q  <= 1'b0;
            arready_q <= 1'b0;
            rvalid_q  <= 1'b0;
            rdata_q   <= '0;
            flags_q   <= '0;
            types_q   <= '0;
            key_q     <= '0;
            tuple_q   <= '0;
            hash_q    <= '0;
            htype_q   <= '0;
            count_q   <= '0;
        end else begin
            awready_q <= !awready_q && !bvalid_q && s_axil_awvalid && s_axil_wvalid;
            if (s_axil_bready) bvalid_q <= 1'b0;
            if (aw_fire) begin
                bvalid_q <= 1'b1;
                case (wa)
                    8'h04: flags_q <= s_axil_wdata[7:0];
                    8'h08: types_q <= s_axil_wdata;
                    8'h0C: go_q <= 1'b1;
                    default: begin
                        for (int i = 0; i < 10; i++) if (wa == 8'h40 + 8'(4 * i)) key_q[319 - 32*i -: 32] <= s_axil_wdata;
                        for (int i = 0; i < 9; i++) if (wa == 8'h80 + 8'(4 * i)) tuple_q[287 - 32*i -: 32] <= s_axil_wdata;
                    end
                endcase
            end
            arready_q <= !arready_q && !rvalid_q && s_axil_arvalid;
            if (s_axil_rready) rvalid_q <= 1'b0;
            if (ar_fire) begin
                rvalid_q <= 1'b1;
                rdata_q  <= read_reg(ra);
            end
            if (h_valid) begin
                hash_q  <= h_hash;
                htype_q <= h_htype;
                count_q <= count_q + 1;
            end
        end
    end

    assign s_axil_awready = awready_q;
    assign s_axil_wready  = awready_q;
    assign s_axil_bresp   = 2'b00;
    assign s_axil_bvalid  = bvalid_q;
    assign s_axil_arready = arready_q;
    assign s_axil_rdata   = rdata_q;
    assign s_axil_rresp   = 2'b00;
    assign s_axil_rvalid  = rvalid_q;

    logic h_sb;
    toeplitz_hash #(.SB_W(1)) u_hash (
        .clk(clk), .rst(rst),
        .in_valid(go_q), .in_flags(flags_q), .in_tuple(tuple_q), .in_key(key_q), .in_types(types_q),
        .in_sb(1'b0),
        .out_valid(h_valid), .out_hash(h_hash), .out_htype(h_htype), .out_sb(h_sb)
    );

    // ------------------------------------------------------------------ rx_parser
    logic             hold_q;       // a frame ended: accept nothing until its record has left
    logic             rec_valid_q;
    logic [2:0]       rec_beat_q;
    logic [8*48-1:0]  rec_q;        // record byte b at rec_q[8b +: 8]

    wire rx_acc = s_axis_rx_tvalid && s_axis_rx_tready;
    assign s_axis_rx_tready = !hold_q;

    logic             p_valid, p_runt, p_bad, p_over, p_sb;
    logic [15:0]      p_len, p_tci;
    logic [NB_W-1:0]  p_nbeats;
    logic [7:0]       p_flags;
    logic [287:0]     p_tuple;

    rx_parser #(.MAX_BYTES(MAX_BYTES), .SB_W(1)) u_parser (
        .clk(clk), .rst(rst),
        .beat_valid(rx_acc), .beat_data(s_axis_rx_tdata), .beat_keep(s_axis_rx_tkeep),
        .beat_last(s_axis_rx_tlast), .beat_user(s_axis_rx_tuser[0]), .frame_sb(1'b0),
        .out_valid(p_valid), .out_len(p_len), .out_nbeats(p_nbeats), .out_runt(p_runt),
        .out_bad(p_bad), .out_oversize(p_over), .out_flags(p_flags), .out_tci(p_tci),
        .out_tuple(p_tuple), .out_sb(p_sb)
    );

    function automatic logic [8*48-1:0] record(input logic [15:0] len, input logic [7:0] flags,
                                                input logic [2:0] errs, input logic [15:0] tci,
                                                input logic [15:0] nbeats, input logic [287:0] tuple);
        logic [8*48-1:0] r;
        r = '0;
        r[15:0]  = len;
        r[23:16] = flags;
        r[26:24] = errs;
        r[47:32] = tci;
        r[63:48] = nbeats;
        for (int j = 0; j < 36; j++) r[8*(8 + j) +: 8] = tuple[287 - 8*j -: 8];
        return r;
    endfunction

    wire tx_fire = m_axis_tx_tvalid && m_axis_tx_tready;

    always_ff @(posedge clk) begin
        if (rst) begin
            hold_q      <= 1'b0;
            rec_valid_q <= 1'b0;
            rec_beat_q  <= '0;
            rec_q       <= '0;
        end else begin
            if (rx_acc && s_axis_rx_tlast) hold_q <= 1'b1;
            if (p_valid) begin
                rec_valid_q <= 1'b1;
                rec_beat_q  <= '0;
                rec_q <= record(p_len, p_flags, {p_over, p_bad, p_runt}, p_tci, 16'(p_nbeats), p_tuple);
            end
            if (tx_fire) begin
                rec_beat_q <= rec_beat_q + 1;
                if (32'(rec_beat_q) == RECORD_BEATS - 1) begin
                    rec_valid_q <= 1'b0;
                    hold_q      <= 1'b0;
                end
            end
        end
    end

    assign m_axis_tx_tdata  = rec_q[64*32'(rec_beat_q) +: 64];
    assign m_axis_tx_tkeep  = '1;
    assign m_axis_tx_tlast  = 32'(rec_beat_q) == RECORD_BEATS - 1;
    assign m_axis_tx_tuser  = 1'b0;
    assign m_axis_tx_tvalid = rec_valid_q;

    // ------------------------------------------------------------------ unused: no DMA, no irq
    assign m_axi_awid = '0;    assign m_axi_awaddr = '0;  assign m_axi_awlen = '0;
    assign m_axi_awsize = '0;  assign m_axi_awburst = '0; assign m_axi_awlock = 1'b0;
    assign m_axi_awcache = '0; assign m_axi_awprot = '0;  assign m_axi_awvalid = 1'b0;
    assign m_axi_wdata = '0;   assign m_axi_wstrb = '0;   assign m_axi_wlast = 1'b0;
    assign m_axi_wvalid = 1'b0; assign m_axi_bready = 1'b1;
    assign m_axi_arid = '0;    assign m_axi_araddr = '0;  assign m_axi_arlen = '0;
    assign m_axi_arsize = '0;  assign m_axi_arburst = '0; assign m_axi_arlock = 1'b0;
    assign m_axi_arcache = '0; assign m_axi_arprot = '0;  assign m_axi_arvalid = 1'b0;
    assign m_axi_rready = 1'b1;
    assign irq = '0;

    wire unused = &{1'b0, s_axil_awprot, s_axil_arprot, s_axil_awaddr, s_axil_araddr, m_axi_awready,
                    m_axi_wready, m_axi_bid, m_axi_bresp, m_axi_bvalid, m_axi_arready, m_axi_rid,
                    m_axi_rdata, m_axi_rresp, m_axi_rlast, m_axi_rvalid, s_axil_wstrb, h_sb, p_sb};
endmodule

`resetall
