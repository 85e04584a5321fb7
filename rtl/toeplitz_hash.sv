// toeplitz_hash — RSS hash type selection and Toeplitz hash (FreeBSD toeplitz.c semantics).
//
// Hash type (docs/dispatch-model.md, classification rules H1..H9) from the parser flags and the enabled
// RSS_HASH_TYPES bits (IPV4 1<<1, TCP_IPV4 1<<2, IPV6 1<<3, TCP_IPV6 1<<4, UDP_IPV4 1<<7,
// UDP_IPV6 1<<9):
//   IPv4 TCP ports + TCP_IPV4 -> 0x82, 12 input bytes; IPv4 UDP ports + UDP_IPV4 -> 0x87, 12 bytes;
//   other good IPv4 + IPV4 -> 0x81, 8 bytes; IPv6 likewise 0x84 / 0x89 (36 bytes), 0x83 (32 bytes);
//   malformed, non-IP or type disabled -> NONE (0) with hash 0.
// Toeplitz: for each input bit, MSB of input byte 0 first, a 1 XORs the 32-bit key window that
// starts at the same bit position of the key (key byte 0 most significant) into the result.
// Input bytes past the selected length are forced to zero (zero bits add nothing), so the input
// is the parser tuple (source address, destination address, source port, destination port).
// The key and types are those presented with in_valid (the caller's per-frame snapshot).
//
// Latency: 2 cycles (in_valid -> registered 9 partial XORs of 32 input bits each -> registered
// hash). Throughput: one hash per cycle, no stalls.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module toeplitz_hash
    import nic_pkg::*;
#(
    parameter int SB_W = 1
) (
    input  wire              clk,
    input  wire              rst,
    input  wire              in_valid,
    input  wire [7:0]        in_flags,    // parser flags: bit2 IPv4, bit3 IPv6, bit4 TCP, bit5 UDP, bit7 malformed
    input  wire [287:0]      in_tuple,    // byte 0 at [287:280]
    input  wire [319:0]      in_key,      // byte 0 at [319:312]
    input  wire [31:0]       in_types,
    input  wire [SB_W-1:0]   in_sb,
    output logic             out_valid,
    output logic [31:0]      out_hash,
    output logic [7:0]       out_htype,   // FreeBSD M_HASHTYPE_*
    output logic [SB_W-1:0]  out_sb
);

    if (SB_W < 1) begin : g_bad_params
        $error("toeplitz_hash: SB_W >= 1");
    end
    localparam int IN_BITS = 288;
    localparam int GROUPS = IN_BITS / 32;

    // ------------------------------------------------------------------ hash type
    logic [7:0]   htype;
    logic [5:0]   nbytes;
    wire v4 = in_flags[FLAG_IPV4] && !in_flags[FLAG_MALFORMED];
    wire v6 = in_flags[FLAG_IPV6] && !in_flags[FLAG_MALFORMED];
    wire l4_tcp = in_flags[FLAG_TCP];
    wire l4_udp = in_flags[FLAG_UDP];

    always_comb begin
        htype = HTYPE_NONE;
        nbytes = 6'd0;
        if (v4) begin
            if (l4_tcp && in_types[HT_EN_TCP_IPV4]) begin htype = HTYPE_TCP_IPV4; nbytes = 6'd12; end
            else if (l4_udp && in_types[HT_EN_UDP_IPV4]) begin htype = HTYPE_UDP_IPV4; nbytes = 6'd12; end
            else if (in_types[HT_EN_IPV4]) begin htype = HTYPE_IPV4; nbytes = 6'd8; end
        end else if (v6) begin
            if (l4_tcp && in_types[HT_EN_TCP_IPV6]) begin htype = HTYPE_TCP_IPV6; nbytes = 6'd36; end
            else if (l4_udp && in_types[HT_EN_UDP_IPV6]) begin htype = HTYPE_UDP_IPV6; nbytes = 6'd36; end
            else if (in_types[HT_EN_IPV6]) begin htype = HTYPE_IPV6; nbytes = 6'd32; end
        end
    end

    // ------------------------------------------------------------------ stage 1: partial XORs
    // Input bytes from nbytes on are zero; group g XORs the key windows of input bits 32g..32g+31.
    // Computed in the clocked block under in_valid, in block locals: the same logic, but a
    // cycle-based simulator evaluates the 288 key-window XORs once per hash instead of on every
    // clock edge, and clears no wide function temporaries per evaluation.
    logic [GROUPS-1:0][31:0] part;
    logic        s1_valid;
    logic [7:0]  s1_htype;
    logic [SB_W-1:0] s1_sb;

    always_ff @(posedge clk) begin : p_partials
        logic [287:0] d;
        logic [GROUPS-1:0][31:0] p;
        logic [63:0] w;
        s1_valid <= in_valid;
        if (in_valid) begin
            // bytes 0..nbytes-1 of the tuple (byte 0 most significant): a thermometer mask
            d = in_tuple & ~({IN_BITS{1'b1}} >> {nbytes, 3'b000});
            for (int g = 0; g < GROUPS; g++) begin
                // key bits 32g .. 32g+63 hold every 32-bit window input bits 32g..32g+31 select
                w = in_key[319 - 32*g -: 64];
                p[g] = 32'h0;
                for (int b = 0; b < 32; b++) begin
                    // input bit j = 32g + b (MSB first) selects key bits j .. j+31
                    if (d[IN_BITS - 1 - (32*g + b)]) p[g] = p[g] ^ w[63 - b -: 32];
                end
            end
            part <= p;
            s1_htype <= htype;
            s1_sb <= in_sb;
        end
        if (rst) s1_valid <= 1'b0;
    end

    // ------------------------------------------------------------------ stage 2: final XOR
    logic [31:0] hash_c;
    always_comb begin
        hash_c = 32'h0;
        for (int g = 0; g < GROUPS; g++) hash_c = hash_c ^ part[g];
    end

    always_ff @(posedge clk) begin
        out_valid <= s1_valid;
        if (s1_valid) begin
            out_hash <= hash_c;
            out_htype <= s1_htype;
            out_sb <= s1_sb;
        end
        if (rst) out_valid <= 1'b0;
    end

    wire unused = &{1'b0, in_flags[6], in_flags[1:0], in_types[31:10], in_types[8], in_types[6:5],
                    in_types[0], in_key[0]};
endmodule

`resetall
