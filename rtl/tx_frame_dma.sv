// tx_frame_dma — frame data DMA and AXI4-Stream transmit for scheduled TX descriptors.
//
// Scheduled descriptors enter a frame table (FT_DEPTH slots, in order) that three stages walk:
//  1. read issue: for each slot, reserve room in the data FIFO for the frame's ceil(len/8) beats,
//     then issue INCR bursts of 8-byte beats from (addr & ~7) covering the frame (at most
//     MAX_BURST_BEATS beats, never crossing 4 KiB). Bad or killed slots issue nothing.
//  2. data return (tx_realign): beats are realigned to the frame start and written to the data
//     FIFO; the slot is marked done (and err if any beat had an error response).
//  3. transmit: store-and-forward. A slot is sent only once all its data is in the FIFO without
//     error, so a read error never puts a partial frame on the wire; bad, errored or killed slots
//     have their beats drained silently. A new frame starts only while cfg_tx_en is 1 (the frame
//     on the wire always finishes). The next frame starts in the cycle the previous one's last
//     beat moves to the output register, so frames go back to back.
// Each slot then becomes one completion (queue, descriptor index, RS, kill) for tx_writeback: a
// sent frame when its TLAST beat is accepted on the stream, any other slot when it is retired.
// txq_reset[q] kills q's slots: a killed slot is not sent (unless already on the wire) and its
// completion neither advances HEAD nor writes DD.
// Reads overlap transmission: the FIFO holds several small frames, so frame n+1 is read while
// frame n is on the stream. Latency: last data beat -> first TVALID 3-4 cycles.
// Throughput: one 8-byte beat per cycle on the stream and on the read channel.
// Simulation speed: the frame table is swept for killed slots only in a cycle with a queue reset
// (the same per-slot logic in hardware, enabled by the reset pulse); `idle` is registered here
// for tx_engine's tx_idle (see there). The clocked block takes this edge's events (handshakes,
// start, finish) and the table entries they select into locals first, then updates registers, a
// flag with several causes in one assignment: every register is read before it is written, so a
// simulator needs no shadow copies, and the logic is the one the separate conditions described.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_frame_dma #(
    parameter int NUM_QUEUES      = 16,
    parameter int AXI_ADDR_WIDTH  = 64,
    parameter int FT_DEPTH        = 16,      // frames in flight between scheduler and completion (power of two)
    parameter int FIFO_DEPTH      = 2048,    // data FIFO, 8-byte words (power of two, >= a maximum frame)
    parameter int MAX_FRAME_LEN   = 9600,
    parameter int MAX_BURST_BEATS = 64,      // longest data read burst, 1..256
    parameter int QW  = (NUM_QUEUES > 1) ? $clog2(NUM_QUEUES) : 1,
    parameter int FTW = $clog2(FT_DEPTH)
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire                          cfg_tx_en,
    input  wire [NUM_QUEUES-1:0]         txq_reset,

    // scheduled descriptor
    input  wire                          s_valid,
    output wire                          s_ready,
    input  wire [QW-1:0]                 s_q,
    input  wire [11:0]                   s_idx,
    input  wire [63:0]                   s_addr,
    input  wire [15:0]                   s_len,
    input  wire                          s_bad,
    input  wire                          s_rs,

    // data read request (one burst) and its tag
    output wire                          dreq_valid,
    input  wire                          dreq_ready,
    output wire [AXI_ADDR_WIDTH-1:0]     dreq_addr,
    output wire [7:0]                    dreq_len,      // ARLEN
    output wire [FTW-1:0]                dreq_ft,
    output wire                          dreq_first,
    output wire                          dreq_last,

    // data read beats, in request order, with the tag of their burst
    input  wire                          rbeat_valid,
    output wire                          rbeat_ready,
    input  wire [63:0]                   rbeat_data,
    input  wire                          rbeat_err,
    input  wire                          rbeat_last,
    input  wire [FTW-1:0]                rbeat_ft,
    input  wire                          rbeat_first,
    input  wire                          rbeat_lastb,

    output logic [63:0]                   m_axis_tx_tdata,
    output logic [7:0]                    m_axis_tx_tkeep,
    output logic                          m_axis_tx_tlast,
    output wire [0:0]                    m_axis_tx_tuser,
    output logic                          m_axis_tx_tvalid,
    input  wire                          m_axis_tx_tready,

    // completion, in descriptor order per queue
    output wire                          c_valid,
    input  wire                          c_ready,
    output wire [QW-1:0]                 c_q,
    output wire [11:0]                   c_idx,
    output wire                          c_rs,
    output wire                          c_kill,

    output logic [31:0]                   stat_tx_frames,
    output wire                          txq_frame_ev,   // a frame of queue txq_frame_q left (TXQ_FRAMES, counted in axil_regs)
    output wire [3:0]                    txq_frame_q,
    output logic                         idle            // registered: at the last clock edge no frame in flight
);
    localparam int QN  = NUM_QUEUES;
    localparam int FD  = FT_DEPTH;
    localparam int NW  = $clog2(MAX_FRAME_LEN / 8 + 2);    // beat counts of one frame
    localparam int CRW = $clog2(FIFO_DEPTH + 2);           // FIFO credit / count width
    localparam int MAXB = MAX_BURST_BEATS;

    if (FIFO_DEPTH < (MAX_FRAME_LEN + 7) / 8 || MAXB < 1 || MAXB > 256 || (1 << FTW) != FD
        || FD < 2 || QN < 1 || QN > 16) begin : g_bad_params
        $error("tx_frame_dma: FIFO_DEPTH must hold a maximum frame, MAX_BURST_BEATS 1..256, FT_DEPTH a power of two >= 2, NUM_QUEUES 1..16");
    end

    function automatic logic [NW-1:0] beats_of(input logic [15:0] len);
        return NW'((32'(len) + 32'd7) >> 3);
    endfunction

    // ------------------------------------------------------------------ frame table
    logic [QW-1:0]  ft_q    [FD];
    logic [11:0]    ft_idx  [FD];
    logic [63:0]    ft_addr [FD];
    logic [15:0]    ft_len  [FD];
    logic [FD-1:0]  ft_rs, ft_bad, ft_done, ft_err, ft_kill, ft_data;
    logic [FTW:0]   wp, ap, op;          // allocate, read-issue, transmit pointers (extra wrap bit)

    assign s_ready = (wp - op) != (FTW+1)'(FD);

    // ------------------------------------------------------------------ read issue
    logic                       ar_active;
    logic [AXI_ADDR_WIDTH-1:0]  ar_addr;
    logic [NW:0]                ar_rem;       // read beats still to request for this frame
    logic                       ar_first;
    logic [CRW-1:0]             credit;       // data FIFO words not yet promised to a frame
    wire [FTW-1:0] a = ap[FTW-1:0];
    wire a_pending = ap != wp;
    wire a_skip = ft_bad[a] || ft_kill[a];
    wire [NW-1:0] a_nout = beats_of(ft_len[a]);
    wire a_start = a_pending && !ar_active && !a_skip && credit >= CRW'(a_nout);
    wire [9:0] to_4k = 10'd512 - {1'b0, ar_addr[11:3]};
    logic [NW:0] burst;
    always_comb begin
        burst = ar_rem;
        if (burst > (NW+1)'(MAXB)) burst = (NW+1)'(MAXB);
        if ({1'b0, to_4k} < 11'(burst)) burst = (NW+1)'(to_4k);
    end
    assign dreq_valid = ar_active;
    assign dreq_addr  = ar_addr;
    assign dreq_len   = 8'(burst - 1'b1);
    assign dreq_ft    = a;
    assign dreq_first = ar_first;
    assign dreq_last  = ar_rem == burst;
    wire dreq_hs = dreq_valid && dreq_ready;

    // ------------------------------------------------------------------ data return
    wire          ra_valid;
    wire [63:0]   ra_data;
    wire          rd_valid, rd_err;
    wire [FTW-1:0] rd_ft;
    tx_realign #(.FTW(FTW), .NW(NW)) u_realign (
        .clk(clk), .rst(rst),
        .in_valid(rbeat_valid), .in_ready(rbeat_ready), .in_data(rbeat_data), .in_err(rbeat_err),
        .in_last(rbeat_last), .in_first_burst(rbeat_first), .in_last_burst(rbeat_lastb),
        .in_ft(rbeat_ft), .in_off(ft_addr[rbeat_ft][2:0]), .in_nout(beats_of(ft_len[rbeat_ft])),
        .o_valid(ra_valid), .o_data(ra_data),
        .d_valid(rd_valid), .d_ft(rd_ft), .d_err(rd_err)
    );

    wire [63:0]    df_data;
    wire           df_valid, df_pop;
    wire           df_s_ready;
    wire [CRW-1:0] df_count;
    tx_fifo #(.WIDTH(64), .DEPTH(FIFO_DEPTH), .CW(CRW)) u_fifo (
        .clk(clk), .rst(rst),
        .s_data(ra_data), .s_valid(ra_valid), .s_ready(df_s_ready),
        .m_data(df_data), .m_valid(df_valid), .m_ready(df_pop),
        .count(df_count)
    );

    // ------------------------------------------------------------------ transmit
    logic           o_active, o_send, o_rs;
    logic           o_begun;                 // a beat of the frame in progress has gone to the stream
    logic [NW-1:0]  o_beats;                 // beats still to pop for the frame in progress
    logic [7:0]     o_keep;                  // TKEEP of its last beat
    logic [QW-1:0]  o_q;
    logic [11:0]    o_idx;
    logic           ol_valid, ol_rs, ol_kill;   // completion of the sent frame whose TLAST is in the output register
    logic [QW-1:0]  ol_q;
    logic [11:0]    ol_idx;

    wire [FTW-1:0] o_slot = op[FTW-1:0];
    wire [FTW:0]   e_ptr = o_active ? op + 1'b1 : op;
    wire [FTW-1:0] e = e_ptr[FTW-1:0];
    wire e_send  = !ft_bad[e] && !ft_err[e] && !ft_kill[e];
    wire can_out = !m_axis_tx_tvalid || m_axis_tx_tready;
    wire tlast_pending = m_axis_tx_tvalid && m_axis_tx_tlast;
    wire drop_push_ok  = c_ready && !tlast_pending;         // a dropped frame's completion may go now
    // a frame is on the wire once its first beat is in the output register; until then cfg_tx_en
    // going low still holds it back
    wire pop_ok = o_active && o_beats != '0 && df_valid
                  && (o_send ? can_out && (cfg_tx_en || o_begun) : 1'b1)
                  && (o_beats != NW'(1) || (o_send ? c_ready : drop_push_ok));
    wire last_pop = pop_ok && o_beats == NW'(1);
    wire zero_fin = o_active && o_beats == '0 && drop_push_ok;
    wire finish   = last_pop || zero_fin;
    wire start    = (!o_active || finish) && e_ptr != wp && ft_done[e] && (cfg_tx_en || !e_send);
    assign df_pop = pop_ok;

    wire push_tl   = ol_valid && m_axis_tx_tvalid && m_axis_tx_tready && m_axis_tx_tlast;
    wire push_drop = finish && !o_send;
    assign c_valid = push_tl || push_drop;
    assign c_q     = push_tl ? ol_q : o_q;
    assign c_idx   = push_tl ? ol_idx : o_idx;
    assign c_rs    = push_tl ? ol_rs : o_rs;
    assign c_kill  = push_tl ? ol_kill : ft_kill[o_slot];
    assign m_axis_tx_tuser = 1'b0;

    always_ff @(posedge clk) begin
        // this edge's events and the table entries they use, taken before any register below is
        // written: every register is then read before it is updated (see the header)
        logic          t_take, t_skip, t_astart, t_dreq, t_dlast, t_pop, t_last, t_fin, t_start;
        logic          t_send, t_push;
        logic [FTW-1:0] t_e;
        logic [NW-1:0] t_nout;
        logic [NW:0]   t_burst;
        t_take   = s_valid && s_ready;
        t_skip   = a_pending && !ar_active && a_skip;
        t_astart = a_start;
        t_nout   = a_nout;
        t_dreq   = dreq_hs;
        t_dlast  = dreq_last;
        t_burst  = burst;
        t_pop    = pop_ok;
        t_last   = last_pop;
        t_fin    = finish;
        t_start  = start;
        t_send   = e_send;
        t_e      = e;
        t_push   = push_tl;
        idle <= wp == op && !o_active && !ol_valid && !m_axis_tx_tvalid && !ar_active
                && df_count == '0;

        // ---- transmit
        if (m_axis_tx_tvalid && m_axis_tx_tready) m_axis_tx_tvalid <= 1'b0;
        if (t_pop && o_send) begin
            m_axis_tx_tvalid <= 1'b1;
            m_axis_tx_tdata  <= df_data;
            m_axis_tx_tlast  <= o_beats == NW'(1);
            m_axis_tx_tkeep  <= (o_beats == NW'(1)) ? o_keep : 8'hFF;
        end
        if (ol_valid && txq_reset[ol_q]) ol_kill <= 1'b1;
        if (t_push) stat_tx_frames <= stat_tx_frames + 1;
        if (t_last && o_send) begin
            ol_q     <= o_q;
            ol_idx   <= o_idx;
            ol_rs    <= o_rs;
            ol_kill  <= ft_kill[o_slot] || txq_reset[o_q];
        end
        ol_valid <= (t_last && o_send) || (ol_valid && !t_push);
        if (t_fin) op <= op + 1'b1;
        o_active <= t_start || (o_active && !t_fin);
        if (t_pop) o_begun <= 1'b1;
        if (t_start) begin
            o_send   <= t_send;
            o_begun  <= 1'b0;
            o_keep   <= (ft_len[t_e][2:0] == 3'd0) ? 8'hFF : 8'((9'd1 << ft_len[t_e][2:0]) - 9'd1);
            o_q      <= ft_q[t_e];
            o_idx    <= ft_idx[t_e];
            o_rs     <= ft_rs[t_e];
        end
        if (t_start || t_pop) o_beats <= t_start ? (ft_data[t_e] ? beats_of(ft_len[t_e]) : '0)
                                                 : o_beats - 1'b1;

        // ---- allocate
        // a queue reset is rare: look at every slot only then
        if (txq_reset != '0)
            for (int i = 0; i < FD; i++)
                if (txq_reset[ft_q[i]]) ft_kill[i] <= 1'b1;
        if (t_take) begin
            ft_q[wp[FTW-1:0]]    <= s_q;
            ft_idx[wp[FTW-1:0]]  <= s_idx;
            ft_addr[wp[FTW-1:0]] <= s_addr;
            ft_len[wp[FTW-1:0]]  <= s_len;
            ft_rs[wp[FTW-1:0]]   <= s_rs;
            ft_bad[wp[FTW-1:0]]  <= s_bad;
            ft_done[wp[FTW-1:0]] <= 1'b0;
            ft_err[wp[FTW-1:0]]  <= 1'b0;
            ft_data[wp[FTW-1:0]] <= 1'b0;
            ft_kill[wp[FTW-1:0]] <= txq_reset[s_q];
            wp <= wp + 1'b1;
        end

        // ---- read issue
        if (t_skip) ft_done[a] <= 1'b1;
        if (t_astart) ft_data[a] <= 1'b1;
        if (t_astart || t_dreq) begin
            ar_addr <= t_dreq ? ar_addr + AXI_ADDR_WIDTH'({t_burst, 3'b000})
                              : {ft_addr[a][AXI_ADDR_WIDTH-1:3], 3'b000};
            ar_rem  <= t_dreq ? ar_rem - t_burst
                              : (NW+1)'((32'(ft_addr[a][2:0]) + 32'(ft_len[a]) + 32'd7) >> 3);
            ar_first <= !t_dreq;
        end
        ar_active <= (t_astart || ar_active) && !(t_dreq && t_dlast);
        if (t_skip || (t_dreq && t_dlast)) ap <= ap + 1'b1;
        credit <= credit - (t_astart ? CRW'(t_nout) : '0) + CRW'(t_pop);

        // ---- data return
        if (rd_valid) begin
            ft_done[rd_ft] <= 1'b1;
            ft_err[rd_ft]  <= rd_err;
        end

        if (rst) begin
            idle <= 1'b1;
            wp <= '0;
            ap <= '0;
            op <= '0;
            ar_active <= 1'b0;
            credit <= CRW'(FIFO_DEPTH);
            o_active <= 1'b0;
            ol_valid <= 1'b0;
            m_axis_tx_tvalid <= 1'b0;
            stat_tx_frames <= '0;
        end
    end

    assign txq_frame_ev = push_tl;
    assign txq_frame_q = 4'(ol_q);

    wire unused = &{1'b0, df_s_ready, df_count};
endmodule

`resetall
