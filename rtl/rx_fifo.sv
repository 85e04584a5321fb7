// rx_fifo — synchronous store-and-forward FIFO with a registered (block-RAM style) read port and a
// show-ahead output register: rd_valid/rd_data present the oldest entry, rd_en pops it.
//
// Latency: an entry written into an empty FIFO in cycle t is on rd_data in cycle t+2.
// Throughput: one write and one read per cycle. Capacity DEPTH entries in total (the output
// register counts towards `level`); a write when level == DEPTH is a caller error (the RX datapath
// only writes when its registered tready said there is room). DEPTH must be a power of two.
// Simulation speed: the pop and output-register load strobes are locals of the clocked block (rd_en
// follows the AXI write handshake, an input port: as nets they would be recomputed on each
// input-settling pass). The reset is the clocked block's last statement, so each pointer and
// count is read before it is written and a simulator needs no shadow copy of it. Same hardware.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rx_fifo #(
    parameter int WIDTH = 64,
    parameter int DEPTH = 2048
) (
    input  wire              clk,
    input  wire              rst,
    input  wire              wr_en,
    input  wire [WIDTH-1:0]  wr_data,
    input  wire              rd_en,
    output logic             rd_valid,
    output logic [WIDTH-1:0] rd_data,
    output wire [$clog2(DEPTH+1)-1:0] level   // entries held, output register included
);

    if ((1 << $clog2(DEPTH)) != DEPTH
        || DEPTH < 2
        || WIDTH < 1) begin : g_bad_params
        $error("rx_fifo: DEPTH a power of two >= 2, WIDTH >= 1");
    end
    localparam int AW = $clog2(DEPTH);
    localparam int CW = $clog2(DEPTH + 1);

    logic [WIDTH-1:0] mem [DEPTH];
    logic [AW-1:0]    wp, rp;
    logic [CW-1:0]    mem_cnt;     // entries in mem, not yet in the output register
    logic [CW-1:0]    lvl;

    assign level = lvl;

    always_ff @(posedge clk) begin
        logic pop, load;
        pop = rd_en && rd_valid;
        load = mem_cnt != '0 && (!rd_valid || pop);
        if (wr_en) mem[wp] <= wr_data;
        if (load) rd_data <= mem[rp];
        if (wr_en) wp <= wp + AW'(1);
        if (load) rp <= rp + AW'(1);
        mem_cnt <= mem_cnt + CW'(wr_en) - CW'(load);
        lvl <= lvl + CW'(wr_en) - CW'(pop);
        if (load) rd_valid <= 1'b1;
        else if (pop) rd_valid <= 1'b0;
        if (rst) begin
            wp <= '0;
            rp <= '0;
            mem_cnt <= '0;
            lvl <= '0;
            rd_valid <= 1'b0;
        end
    end
endmodule

`resetall
