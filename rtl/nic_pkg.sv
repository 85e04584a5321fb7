// nic_pkg — encodings shared by the NIC's blocks: RX write-back flags, RSS hash types, the
// RSS_HASH_TYPES enable bits, and the RX write-back and TX descriptor layouts. Defined once here
// and imported where used (register offsets are the register file's own business).
`resetall
`timescale 1ns / 1ps
`default_nettype none

package nic_pkg;
    // every block imports the whole package and uses part of it
    /* verilator lint_off UNUSEDPARAM */

    // ---- RX write-back flags (byte 6 of the write-back; the parser produces bits 1..7)
    localparam int FLAG_DD        = 0;   // descriptor done (set by the DMA engine)
    localparam int FLAG_VLAN      = 1;   // one 802.1Q tag was stripped into TCI
    localparam int FLAG_IPV4      = 2;
    localparam int FLAG_IPV6      = 3;
    localparam int FLAG_TCP       = 4;
    localparam int FLAG_UDP       = 5;
    localparam int FLAG_FRAG      = 6;   // IPv4 fragment (MF or offset): hashed on addresses only
    localparam int FLAG_MALFORMED = 7;   // truncated or inconsistent headers (RX_MALFORMED)

    // ---- hash types reported in the write-back (FreeBSD M_HASHTYPE_RSS_*, 0 = none)
    localparam logic [7:0] HTYPE_NONE     = 8'h00;
    localparam logic [7:0] HTYPE_IPV4     = 8'h81;
    localparam logic [7:0] HTYPE_TCP_IPV4 = 8'h82;
    localparam logic [7:0] HTYPE_IPV6     = 8'h83;
    localparam logic [7:0] HTYPE_TCP_IPV6 = 8'h84;
    localparam logic [7:0] HTYPE_UDP_IPV4 = 8'h87;
    localparam logic [7:0] HTYPE_UDP_IPV6 = 8'h89;

    // ---- RSS_HASH_TYPES enable bits (FreeBSD RSS_HASHTYPE_RSS_*)
    localparam int HT_EN_IPV4     = 1;
    localparam int HT_EN_TCP_IPV4 = 2;
    localparam int HT_EN_IPV6     = 3;
    localparam int HT_EN_TCP_IPV6 = 4;
    localparam int HT_EN_UDP_IPV4 = 7;
    localparam int HT_EN_UDP_IPV6 = 9;

    // ---- RX write-back, 16 bytes over the descriptor, two little-endian 8-byte beats
    //   beat 0: hash [31:0], hash type [39:32], queue [43:40], flags [55:48]
    //   beat 1: frame length [15:0], VLAN TCI [31:16], RX sequence [63:32]
    function automatic logic [63:0] rx_wb_beat0(input logic [31:0] hash, input logic [7:0] htype,
                                                input logic [3:0] queue, input logic [7:0] flags);
        return {8'h00, flags, 4'h0, queue, htype, hash};
    endfunction
    function automatic logic [63:0] rx_wb_beat1(input logic [15:0] len, input logic [15:0] tci,
                                                input logic [31:0] seq);
        return {seq, tci, len};
    endfunction
    localparam int RX_WB0_FLAGS_LSB = 48;          // flags byte within beat 0
    localparam int RX_WB0_QUEUE_LSB = 40;

    // ---- TX descriptor, 16 bytes: beat 0 buffer address; beat 1 length [15:0], EOP bit 16,
    //      RS bit 17; status byte 11 (beat 1 bits [31:24]) with DD in bit 0, written back for RS
    localparam int TXD_LEN_LSB = 0;
    localparam int TXD_EOP     = 16;
    localparam int TXD_RS      = 17;
    localparam int TXD_DD_BYTE = 3;                // byte of beat 1 that holds DD (descriptor byte 11)
    localparam logic [63:0] TXD_DD_BEAT = 64'(1) << (8 * TXD_DD_BYTE);

    /* verilator lint_on UNUSEDPARAM */
endpackage

`resetall
