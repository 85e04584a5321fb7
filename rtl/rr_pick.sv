// rr_pick — round-robin pick: the first requester at or after a pointer, cyclically.
//
// A masked priority encoder: the requesters at or above `ptr` win over those below it, and the
// lowest set bit of the winning half is isolated (r & -r) and encoded by OR-reducing it against
// the constant masks of each index bit. That is the usual round-robin arbiter structure
// (log-depth, no loop over requesters); a cycle-based simulator evaluates it in a handful of word
// operations instead of one comparison per requester.
// Purely combinational: latency 0, one pick per cycle.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rr_pick #(
    parameter int N  = 16,                      // requesters, 1..32
    parameter int IW = (N > 1) ? $clog2(N) : 1
) (
    input  wire  [N-1:0]  req,
    input  wire  [IW-1:0] ptr,                  // first requester to consider, < N
    output logic          valid,                // some requester is set
    output logic [IW-1:0] idx                   // the one picked (0 when none)
);
    if (N < 1 || N > 32) begin : g_bad_n
        $error("rr_pick: N must be in 1..32");
    end

    logic [N-1:0] upper, win, low1;
    always_comb begin
        upper = req & ~((N'(1) << ptr) - N'(1));    // requesters at or after ptr
        win   = (upper != '0) ? upper : req;
        low1  = win & (~win + N'(1));               // lowest set bit, one-hot
        valid = req != '0;
        for (int b = 0; b < IW; b++) begin
            logic [N-1:0] m;
            for (int i = 0; i < N; i++) m[i] = ((i >> b) & 1) != 0;
            idx[b] = (low1 & m) != '0;
        end
    end
endmodule

`resetall
