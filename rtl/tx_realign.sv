// tx_realign — turns the 8-byte-aligned read beats of one frame into frame-aligned beats.
//
// A frame buffer may start at any byte address A; the frame DMA reads from A & ~7, so with
// o = A % 8 the first o bytes of the first beat are not frame data. Output beat k is bytes
// [A+8k, A+8k+8): (previous beat >> 8o) | (current beat << 8(8-o)). Exactly nout beats are written
// per frame (nout = ceil(len/8)), also when a read returned an error, so the consumer can count
// beats. When the read is as long as the output (o + len ends within the last beat's reach) the
// last output beat needs one extra cycle (in_ready low for that cycle); for o == 0 beats pass
// straight through. At the end of the frame a done pulse carries the frame's slot and whether any
// beat had an error response.
// Latency: 1 cycle (in -> out register). Throughput: one beat per cycle; one stall cycle per frame
// only for some misaligned buffers.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_realign #(
    parameter int FTW = 4,      // frame slot tag width
    parameter int NW  = 11      // output beat count width
) (
    input  wire              clk,
    input  wire              rst,

    input  wire              in_valid,
    output wire              in_ready,
    input  wire [63:0]       in_data,
    input  wire              in_err,          // RRESP != OKAY on this beat
    input  wire              in_last,         // RLAST
    input  wire              in_first_burst,  // this burst is the frame's first
    input  wire              in_last_burst,   // this burst is the frame's last
    input  wire [FTW-1:0]    in_ft,
    input  wire [2:0]        in_off,          // buffer address % 8 (sampled on the frame's first beat)
    input  wire [NW-1:0]     in_nout,         // output beats (sampled on the frame's first beat)

    output logic              o_valid,         // write into the data FIFO (space is guaranteed)
    output logic [63:0]       o_data,

    output logic              d_valid,         // frame's last beat written
    output logic [FTW-1:0]    d_ft,
    output logic              d_err
);

    if (FTW < 1
        || NW < 1) begin : g_bad_params
        $error("tx_realign: FTW and NW >= 1");
    end
    logic           mid;          // inside a burst (the next beat is not a burst's first)
    logic [63:0]    prev;
    logic [2:0]     off_r;
    logic [NW-1:0]  rem;          // output beats still to write
    logic           err_acc;
    logic           flush;        // write the final beat from `prev` alone
    logic [FTW-1:0] ft_r;

    assign in_ready = !flush;
    wire hs    = in_valid && !flush;
    wire first = in_first_burst && !mid;
    wire [2:0]    off  = first ? in_off : off_r;
    wire [NW-1:0] rem0 = first ? in_nout : rem;
    wire          e    = (!first && err_acc) || in_err;
    wire          emit = off == 3'd0 || !first;
    wire [NW-1:0] rem1 = rem0 - NW'(emit);
    wire [6:0]    sh_lo = {1'b0, off, 3'b000};
    wire [6:0]    sh_hi = {(4'd8 - {1'b0, off}), 3'b000};
    wire [63:0]   merged = (off == 3'd0) ? in_data : ((prev >> sh_lo) | (in_data << sh_hi));

    always_ff @(posedge clk) begin
        o_valid <= 1'b0;
        d_valid <= 1'b0;
        if (flush) begin
            o_valid <= 1'b1;
            o_data  <= prev >> {1'b0, off_r, 3'b000};
            flush   <= 1'b0;
            d_valid <= 1'b1;
            d_ft    <= ft_r;
            d_err   <= err_acc;
        end
        if (hs) begin
            mid     <= !in_last;
            prev    <= in_data;
            off_r   <= off;
            rem     <= rem1;
            ft_r    <= in_ft;
            err_acc <= e;
            if (emit) begin
                o_valid <= 1'b1;
                o_data  <= merged;
            end
            if (in_last && in_last_burst) begin
                if (rem1 != '0) begin
                    flush <= 1'b1;
                end else begin
                    d_valid <= 1'b1;
                    d_ft    <= in_ft;
                    d_err   <= e;
                end
            end
        end
        if (rst) begin
            mid     <= 1'b0;
            flush   <= 1'b0;
            o_valid <= 1'b0;
            d_valid <= 1'b0;
        end
    end
endmodule

`resetall
