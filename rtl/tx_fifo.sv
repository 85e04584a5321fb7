// tx_fifo — synchronous first-word-fall-through FIFO (TX frame data buffer).
//
// A simple dual-port RAM (write port, registered read port) followed by one output register, so
// m_data/m_valid come straight from flops and the RAM maps onto block RAM with a synchronous read.
// Latency: a word written in cycle t is on m_data in cycle t+2 (t+1 into RAM, t+2 into the output
// register). Throughput: one write and one read per cycle, sustained, with no bubble.
// `count` is the number of words held (RAM plus output register), for the owner's bookkeeping.
// Simulation speed: the output-register load strobe is a local of the clocked block (m_ready follows
// the AXI-Stream handshake, an input port: as a net it would be recomputed on each input-settling
// pass). Same hardware.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_fifo #(
    parameter int WIDTH = 64,
    parameter int DEPTH = 2048,                 // power of two, >= 2; RAM words (+1 in the output register)
    parameter int CW    = $clog2(DEPTH + 2)     // width of `count`
) (
    input  wire              clk,
    input  wire              rst,

    input  wire [WIDTH-1:0]  s_data,
    input  wire              s_valid,
    output wire              s_ready,            // not full

    output logic [WIDTH-1:0]  m_data,
    output logic              m_valid,
    input  wire              m_ready,

    output wire [CW-1:0]     count
);

    if ((1 << $clog2(DEPTH)) != DEPTH
        || DEPTH < 2
        || CW < $clog2(DEPTH + 2)) begin : g_bad_params
        $error("tx_fifo: DEPTH a power of two >= 2, CW wide enough for DEPTH + 1");
    end
    localparam int AW = $clog2(DEPTH);

    logic [WIDTH-1:0] mem [DEPTH];
    logic [AW:0]      wptr, rptr;                   // one extra bit tells full from empty

    wire [AW:0] ram_count = wptr - rptr;
    wire ram_full  = ram_count == (AW+1)'(DEPTH);
    wire ram_empty = ram_count == '0;
    assign s_ready = !ram_full;
    assign count = CW'(ram_count) + CW'(m_valid);

    always_ff @(posedge clk) begin
        // move a word RAM -> output register when the register is empty or being emptied
        logic load;
        load = !ram_empty && (!m_valid || m_ready);
        if (s_valid && s_ready) begin
            mem[wptr[AW-1:0]] <= s_data;
            wptr <= wptr + 1'b1;
        end
        if (load) begin
            m_data <= mem[rptr[AW-1:0]];
            rptr <= rptr + 1'b1;
            m_valid <= 1'b1;
        end else if (m_ready) begin
            m_valid <= 1'b0;
        end
        if (rst) begin
            wptr <= '0;
            rptr <= '0;
            m_valid <= 1'b0;
        end
    end
endmodule

`resetall
