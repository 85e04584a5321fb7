// rx_parser — classifies one received Ethernet frame for RSS.
//
// Watches the beats the RX datapath accepts (64-bit AXI4-Stream, byte 0 of the frame in
// tdata[7:0]), keeps the first HDR_BYTES bytes (enough for a VLAN tag, a 60-byte IPv4 header with
// options and the 4 port bytes: 82) and, when the last beat arrives, classifies the frame by the
// classification rules C1..C14 of the dispatch model:
//   Ethernet, one 802.1Q tag (a second 0x8100 is just a non-IP EtherType), IPv4 with options
//   (IHL 5..15) and the fragment rule, IPv6 (TCP/UDP directly after the fixed header -> L4, any
//   other next header -> L3 only), TCP and UDP ports. Truncated or inconsistent headers give the
//   malformed flag (bit7), never a stall.
// Outputs per frame: frame length, stored beats, drop-error causes (runt < 14 bytes, tuser bad
// frame or a tkeep hole, longer than MAX_BYTES), the write-back flags (bit0 DD is left 0 for the
// DMA engine), the VLAN TCI and the RSS tuple in the Toeplitz input layout:
//   IPv4: bytes 0-3 source address, 4-7 destination, 8-11 source port, destination port;
//   IPv6: bytes 0-15 source, 16-31 destination, 32-35 ports; byte 0 at tuple[287:280].
// Ports are zero unless flag bit4/bit5 says they were read; the tuple is zero for non-IP and
// malformed frames. Bytes past the end of the frame are zeroed before parsing, so the result
// depends on the frame's bytes only.
// `frame_sb` (configuration snapshot etc.) is sampled with the last beat and travels with the result.
//
// tkeep: every beat but the last must be full, the last must be contiguous from byte 0 and not
// empty; anything else is a bad frame (drop error).
// Latency: the result is valid 2 cycles after the last beat is accepted (register the header,
// register the classification). Throughput: one beat per cycle, one frame per cycle (a frame of a
// single beat every cycle is fine); never stalls.
// Simulation speed: each beat writes only its own 8 bytes of the header register; the tail mask
// is one thermometer shift; the classification runs once per frame, under the result-valid
// condition; the per-beat byte and beat counting (fed by the stream inputs) is computed inside the
// clocked block under beat_valid, so a cycle-based simulator does not re-evaluate it on each of
// its input-settling passes; the header register is written after the last beat's read of it,
// so a simulator needs no shadow copy of it. The hardware is the same logic.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rx_parser
    import nic_pkg::*;
#(
    parameter int MAX_BYTES = 16384,          // longer frames are flagged oversize (drop error)
    parameter int SB_W      = 1,              // sideband width
    localparam int MAX_BEATS = MAX_BYTES / 8,
    localparam int NB_W     = $clog2(MAX_BEATS + 1)
) (
    input  wire              clk,
    input  wire              rst,
    // accepted beats (tvalid && tready)
    input  wire              beat_valid,
    input  wire [63:0]       beat_data,
    input  wire [7:0]        beat_keep,
    input  wire              beat_last,
    input  wire              beat_user,
    input  wire [SB_W-1:0]   frame_sb,
    // one result per frame
    output logic             out_valid,
    output logic [15:0]      out_len,      // bytes, saturates at 0xFFFF (then oversize anyway)
    output logic [NB_W-1:0]  out_nbeats,   // beats stored by the datapath: min(beats, MAX_BEATS)
    output logic             out_runt,
    output logic             out_bad,      // tuser or tkeep error
    output logic             out_oversize,
    output logic [7:0]       out_flags,
    output logic [15:0]      out_tci,
    output logic [287:0]     out_tuple,
    output logic [SB_W-1:0]  out_sb
);

    if (MAX_BYTES % 8 != 0
        || MAX_BYTES < 88
        || SB_W < 1) begin : g_bad_params
        $error("rx_parser: MAX_BYTES a multiple of 8 and >= 88 (the header window), SB_W >= 1");
    end
    localparam int HDR_BYTES = 88;
    localparam int HDR_BEATS = HDR_BYTES / 8;

    // ------------------------------------------------------------------ intake
    localparam int HW = 8 * HDR_BYTES;

    logic [HW-1:0]   hdr;          // byte i at [8i +: 8]
    logic [15:0]     byte_cnt;
    logic [NB_W:0]   beat_cnt;     // saturates at MAX_BEATS + 1
    logic            err_bad;

    // The beat's accounting (byte count, beat count, framing error) is computed inside the clocked
    // block below, under beat_valid: the same adders and compares, but a cycle-based simulator
    // evaluates them once per accepted beat, not on every input change of every cycle.

    // On the last beat, S1 takes the header with that beat merged in and the bytes past the frame
    // end zeroed (a thermometer mask: one wide shift, not one compare per byte). Computed in the
    // clocked block under the last-beat condition, in block locals: the same logic, but a
    // cycle-based simulator does not redo (or clear) the 704-bit merge and mask on every evaluation.

    // S1: the header bytes of the finished frame
    logic            s1_valid;
    logic [HW-1:0]   s1_h;
    logic [15:0]     s1_len;
    logic [NB_W:0]   s1_beats;
    logic            s1_bad;
    logic [SB_W-1:0] s1_sb;

    always_ff @(posedge clk) begin
        logic [16:0]   byte_sum;
        logic [15:0]   len_next;     // bytes so far with this beat, saturating at 65535
        logic [NB_W:0] beats_next;   // beats so far with this beat, saturating at MAX_BEATS + 1
        logic          keep_ok;      // last beat: contiguous from byte 0 and not empty; other beats: full
        logic          bad_next;
        logic [HW-1:0] h_last;       // the header with the last beat merged in
        logic [HW-1:0] keep;         // the frame's bytes of it
        logic          h_wr;         // this beat is one of the header's
        logic [$clog2(HDR_BEATS)-1:0] h_at;
        s1_valid <= beat_valid && beat_last;
        if (beat_valid) begin
            h_wr = beat_cnt < (NB_W+1)'(HDR_BEATS);
            h_at = beat_cnt[$clog2(HDR_BEATS)-1:0];
            byte_sum = {1'b0, byte_cnt} + 17'($countones(beat_keep));
            len_next = byte_sum[16] ? 16'hFFFF : byte_sum[15:0];
            beats_next = beat_cnt == (NB_W+1)'(MAX_BEATS + 1) ? beat_cnt : beat_cnt + 1'b1;
            keep_ok = beat_last ? (beat_keep != 8'h00 && ((beat_keep + 8'd1) & beat_keep) == 8'h00)
                                : beat_keep == 8'hFF;
            bad_next = err_bad || beat_user || !keep_ok;
            if (beat_last) begin
                h_last = hdr;
                for (int b = 0; b < HDR_BEATS; b++) begin
                    if (beat_cnt == (NB_W+1)'(b)) h_last[64*b +: 64] = beat_data;
                end
                keep = (len_next >= 16'(HDR_BYTES)) ? '1 : ~({HW{1'b1}} << {len_next[6:0], 3'b000});
                s1_h <= h_last & keep;
                s1_len <= len_next;
                s1_beats <= beats_next;
                s1_bad <= bad_next;
                s1_sb <= frame_sb;
                byte_cnt <= '0;
                beat_cnt <= '0;
                err_bad <= 1'b0;
            end else begin
                byte_cnt <= len_next;
                beat_cnt <= beats_next;
                err_bad <= bad_next;
            end
            // only the beat's own 8 bytes of the header register are written, after the read above
            if (h_wr) hdr[64*h_at +: 64] <= beat_data;
        end
        if (rst) begin
            byte_cnt <= '0;
            beat_cnt <= '0;
            err_bad <= 1'b0;
            s1_valid <= 1'b0;
        end
    end

    // ------------------------------------------------------------------ classification (S1 -> S2)
    localparam int L3_BYTES = HDR_BYTES - 14;   // L3 bytes available with the untagged offset
    localparam int L3W = 8 * L3_BYTES;

    // Classification of the registered header (rules C1..C14), evaluated in the clocked block under
    // s1_valid: once per frame. Its working variables are locals of the block, so a cycle-based
    // simulator neither reclassifies the last frame on every clock edge nor clears a function's
    // wide temporaries (header copy, L3 window, tuple) on every evaluation; the logic is the same.
    always_ff @(posedge clk) begin : p_classify
        logic [HW-1:0] h;                   // the registered header, byte i at [8i +: 8]
        logic [15:0]   len;
        logic [7:0]   flags;
        logic [15:0]  tci;
        logic [287:0] tuple;
        logic [L3W-1:0] l3;                  // L3 header, byte j at [8j +: 8]
        logic [15:0] et0, et, tl, pl, rem;
        logic [12:0] frag_off;
        logic        has_tag, vlan_short, vlan, is4, is6, mal4, mal6, frag, l4_4, l4_6, tcp, udp;
        logic [3:0]  ihl;
        logic [15:0] ihl4;          // 4 * IHL
        logic [7:0]  proto, nh;
        logic [31:0] ports4;
        out_valid <= s1_valid;
        if (s1_valid) begin
            h = s1_h;
            len = s1_len;
            et0 = {h[8*12 +: 8], h[8*13 +: 8]};
            has_tag = et0 == 16'h8100;
            vlan_short = has_tag && len < 16'd18;                    // C2: tag but no room for it
            vlan = has_tag && !vlan_short;
            tci = vlan ? {h[8*14 +: 8], h[8*15 +: 8]} : 16'h0000;
            et = vlan ? {h[8*16 +: 8], h[8*17 +: 8]} : et0;
            l3 = vlan ? L3W'(h >> (8*18)) : L3W'(h >> (8*14));
            rem = len - (vlan ? 16'd18 : 16'd14);                    // only used when len >= o
            is4 = !vlan_short && len >= 16'd14 && et == 16'h0800;
            is6 = !vlan_short && len >= 16'd14 && et == 16'h86DD;

            // IPv4 (C4..C8)
            ihl = l3[3:0];
            ihl4 = {10'd0, ihl, 2'b00};
            tl = {l3[8*2 +: 8], l3[8*3 +: 8]};
            frag_off = {l3[8*6 +: 5], l3[8*7 +: 8]};
            proto = l3[8*9 +: 8];
            frag = l3[8*6 + 5] || frag_off != 13'd0;                   // MF or offset
            l4_4 = !frag && (proto == 8'd6 || proto == 8'd17);
            mal4 = rem < 16'd20 || l3[7:4] != 4'd4 || ihl < 4'd5 || rem < ihl4
                   || tl < ihl4 || tl > rem || (l4_4 && ihl4 + 16'd4 > tl);
            ports4 = '0;
            for (int k = 5; k < 16; k++) begin
                if (ihl == 4'(k)) ports4 = {l3[8*(4*k) +: 8], l3[8*(4*k+1) +: 8],
                                            l3[8*(4*k+2) +: 8], l3[8*(4*k+3) +: 8]};
            end

            // IPv6 (C9..C12)
            pl = {l3[8*4 +: 8], l3[8*5 +: 8]};
            nh = l3[8*6 +: 8];
            l4_6 = nh == 8'd6 || nh == 8'd17;
            mal6 = rem < 16'd40 || l3[7:4] != 4'd6 || {1'b0, pl} + 17'd40 > {1'b0, rem}
                   || (l4_6 && pl < 16'd4);

            tcp = (is4 && !mal4 && l4_4 && proto == 8'd6) || (is6 && !mal6 && l4_6 && nh == 8'd6);
            udp = (is4 && !mal4 && l4_4 && proto == 8'd17) || (is6 && !mal6 && l4_6 && nh == 8'd17);

            flags = 8'h00;                               // FLAG_DD is the DMA engine's
            flags[FLAG_VLAN] = vlan;
            flags[FLAG_IPV4] = is4;
            flags[FLAG_IPV6] = is6;
            flags[FLAG_TCP]  = tcp;
            flags[FLAG_UDP]  = udp;
            flags[FLAG_FRAG] = is4 && !mal4 && frag;
            flags[FLAG_MALFORMED] = len < 16'd14 || vlan_short || (is4 && mal4) || (is6 && mal6);

            tuple = '0;
            if (is4 && !mal4) begin
                for (int k = 0; k < 8; k++) tuple[287 - 8*k -: 8] = l3[8*(12 + k) +: 8];
                if (tcp || udp) tuple[287 - 64 -: 32] = ports4;
            end else if (is6 && !mal6) begin
                for (int k = 0; k < 32; k++) tuple[287 - 8*k -: 8] = l3[8*(8 + k) +: 8];
                if (tcp || udp)
                    for (int k = 0; k < 4; k++) tuple[287 - 256 - 8*k -: 8] = l3[8*(40 + k) +: 8];
            end

            out_len <= s1_len;
            out_nbeats <= s1_beats > (NB_W+1)'(MAX_BEATS) ? NB_W'(MAX_BEATS) : s1_beats[NB_W-1:0];
            out_runt <= s1_len < 16'd14;
            out_bad <= s1_bad;
            out_oversize <= s1_beats > (NB_W+1)'(MAX_BEATS) || s1_len > 16'(MAX_BYTES);
            out_flags <= flags;
            out_tci <= tci;
            out_tuple <= tuple;
            out_sb <= s1_sb;
        end
        if (rst) out_valid <= 1'b0;
    end
endmodule

`resetall
