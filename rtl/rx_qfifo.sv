// rx_qfifo — small synchronous FIFO built from registers, for the RX engine's bookkeeping queues
// (job queue, write-data order queue, write-response queue, read tags).
//
// The head entry is visible combinationally on rd_data while !empty (show-ahead), so a consumer
// can use an entry and pop it in the same cycle. Latency: an entry written in cycle t is at the
// head in cycle t+1. Throughput: one write and one read per cycle, also when full if both happen
// (the read frees the place the write takes). DEPTH must be a power of two.
// Simulation speed: the read and write strobes are locals of the clocked block. Their enables come
// from bus handshakes, that is from input ports, so as nets a cycle-based simulator would
// recompute them on each input-settling pass as well as after the edge; as locals they are
// computed once per edge. The reset is the clocked block's last statement (it still wins: a later
// non-blocking assignment overrides), so each pointer is read before it is written and a
// simulator needs no shadow copy of it. Same hardware.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rx_qfifo #(
    parameter int WIDTH = 8,
    parameter int DEPTH = 4
) (
    input  wire              clk,
    input  wire              rst,
    input  wire              wr_en,      // ignored when full and not reading
    input  wire [WIDTH-1:0]  wr_data,
    input  wire              rd_en,      // pop the head; ignored when empty
    output wire [WIDTH-1:0]  rd_data,
    output wire              empty,
    output wire              full,
    output wire [$clog2(DEPTH+1)-1:0] count
);

    if ((1 << $clog2(DEPTH)) != DEPTH
        || DEPTH < 2
        || WIDTH < 1) begin : g_bad_params
        $error("rx_qfifo: DEPTH a power of two >= 2, WIDTH >= 1");
    end
    localparam int AW = $clog2(DEPTH);
    localparam int CW = $clog2(DEPTH + 1);

    logic [WIDTH-1:0] mem [DEPTH];
    logic [AW-1:0]    wp, rp;
    logic [CW-1:0]    cnt;

    assign rd_data = mem[rp];
    assign empty = cnt == '0;
    assign full = cnt == CW'(DEPTH);
    assign count = cnt;

    always_ff @(posedge clk) begin
        logic do_rd, do_wr;
        do_rd = rd_en && cnt != '0;
        do_wr = wr_en && (cnt != CW'(DEPTH) || do_rd);
        if (do_wr) mem[wp] <= wr_data;
        if (do_wr) wp <= wp + AW'(1);
        if (do_rd) rp <= rp + AW'(1);
        cnt <= cnt + CW'(do_wr) - CW'(do_rd);
        if (rst) begin
            wp <= '0;
            rp <= '0;
            cnt <= '0;
        end
    end
endmodule

`resetall
