// rss_reta — RSS redirection table lookup (FreeBSD rss_config.c / Intel 82599 RETA).
//
// A frame with a hash (hash type != NONE) goes to queue RETA[hash & (RETA_SIZE-1)]; a frame
// without one goes to DEFAULT_QUEUE. The table and the default queue are those presented with
// in_valid (the caller's per-frame snapshot, see rx_datapath), RETA entry n at in_reta[4n +: 4].
//
// Latency: 1 cycle. Throughput: one lookup per cycle, no stalls.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rss_reta
    import nic_pkg::*;
#(
    parameter int RETA_SIZE = 128,
    parameter int SB_W      = 1
) (
    input  wire                    clk,
    input  wire                    rst,
    input  wire                    in_valid,
    input  wire [31:0]             in_hash,
    input  wire [7:0]              in_htype,
    input  wire [4*RETA_SIZE-1:0]  in_reta,
    input  wire [3:0]              in_default_queue,
    input  wire [SB_W-1:0]         in_sb,
    output logic                   out_valid,
    output logic [3:0]             out_queue,
    output logic [31:0]            out_hash,
    output logic [7:0]             out_htype,
    output logic [SB_W-1:0]        out_sb
);

    if ((1 << $clog2(RETA_SIZE)) != RETA_SIZE
        || RETA_SIZE < 2
        || SB_W < 1) begin : g_bad_params
        $error("rss_reta: RETA_SIZE a power of two >= 2, SB_W >= 1");
    end
    localparam int BW = $clog2(RETA_SIZE);

    wire [BW-1:0] bucket = in_hash[BW-1:0];

    always_ff @(posedge clk) begin
        out_valid <= in_valid;
        if (in_valid) begin
            out_queue <= in_htype != HTYPE_NONE ? in_reta[4*bucket +: 4] : in_default_queue;
            out_hash <= in_hash;
            out_htype <= in_htype;
            out_sb <= in_sb;
        end
        if (rst) out_valid <= 1'b0;
    end
endmodule

`resetall
