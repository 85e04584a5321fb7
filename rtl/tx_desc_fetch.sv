// tx_desc_fetch — TX ring bookkeeping, descriptor prefetch and the per-frame queue scheduler.
//
// Per queue it keeps four ring indices (all modulo SIZE, so a TAIL that wraps or moves backwards
// is read the way the ring defines it: descriptors [HEAD, TAIL) are ready):
//   head  — TXQ_HEAD: first descriptor not yet completed (frame left + DD write acknowledged);
//   sched — next descriptor to hand to the frame DMA;
//   land  — next descriptor slot to be filled by a returning fetch (cache holds [sched, land));
//   fetch — next descriptor to request.
// Work is the level state (TAIL - HEAD) mod SIZE, re-evaluated every cycle, so no doorbell can be
// lost or merged and a TAIL that moves while the queue is busy is picked up on the next fetch.
// Fetch never runs ahead of TAIL: pending = (TAIL-HEAD) - (fetch-HEAD) (mod SIZE, 0 if negative).
//
// Prefetch: each queue has a CACHE_DEPTH-entry descriptor cache. A queue asks for a fetch when it
// can take everything pending or at least half its cache; one AXI4 burst reads n descriptors
// (2n beats), n limited by pending work, cache space, the ring end and the 4 KiB boundary.
// Fetch requests are granted round-robin among queues, one per cycle at most, registered.
//
// Scheduler: strict round-robin, ONE FRAME PER GRANT, over queues with descriptors fetched or
// being fetched but not yet scheduled (fetch != sched). When the queue whose turn it is has its
// descriptors still in flight, the scheduler waits for them instead of granting the next queue
// again: the frame order on the stream is fixed here, up to FT_DEPTH frames ahead, so granting
// whichever queue landed first would let it send a whole cache (up to CACHE_DEPTH frames) in a row
// whenever several queues become ready together. The wait only lasts until an issued descriptor
// read returns, so it cannot deadlock. Disabled TX (cfg_tx_en = 0) stops both fetching and
// scheduling. The scheduler output is registered and
// validated: bad = length < 14 or > MAX_FRAME_LEN, EOP clear, or the descriptor read returned an
// AXI error (then RS is ignored: the descriptor's contents are unknown).
//
// txq_reset[q] zeroes the four indices; a registered request or scheduled descriptor of q that has
// not been handed on is dropped (ones already handed on are killed downstream).
// Latency: descriptor landed -> scheduled out: 1 cycle. Throughput: one scheduled frame per cycle.
//
// Simulation speed: the per-queue status (fetchable, in rotation, landed, quiet) is held in
// registers and re-derived only for the queues whose indices moved at the last edge (at most four)
// or, after a queue reset or the txq_ring_wr pulse of a TAIL/SIZE write, for all; both picks are
// masked priority encoders (rr_pick); the burst size is computed for the picked queue only; index
// updates write the one queue an event names, a queue reset included (txq_reset names at most one
// queue per cycle); HEAD is kept packed, as the txq_head output is. A cycle-based simulator thus
// does work per event, not per queue per cycle. As hardware it is the usual structure: a status
// register file with per-event update, one sizing datapath behind the arbiter instead of
// NUM_QUEUES copies, log-depth arbiters. The drop of a waiting request or scheduler output on a
// queue reset is decided before the valid flags are written, and `idle` is registered here (tx_engine ANDs the registered terms of its
// blocks, the same registered tx_idle): tx_engine's clocked block then reads none of this block's
// registers, and a simulator needs no shadow copy of them.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module tx_desc_fetch
    import nic_pkg::*;
#(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int CACHE_DEPTH    = 8,        // descriptors cached per queue: power of two, 2..128
    parameter int MAX_FRAME_LEN  = 9600,     // longest frame accepted (bytes, FCS excluded)
    parameter int QW = (NUM_QUEUES > 1) ? $clog2(NUM_QUEUES) : 1
) (
    input  wire                          clk,
    input  wire                          rst,
    input  wire                          cfg_tx_en,
    input  wire [NUM_QUEUES*64-1:0]      cfg_txq_base,
    input  wire [NUM_QUEUES*13-1:0]      cfg_txq_size,
    input  wire [NUM_QUEUES*12-1:0]      cfg_txq_tail,
    input  wire [NUM_QUEUES-1:0]         txq_reset,    // at most one bit set (one register write per cycle)
    input  wire                          txq_ring_wr,  // a TXQ TAIL or SIZE was written at the last edge

    // descriptor fetch request: read 2*freq_n beats at freq_addr for queue freq_q
    output logic                          freq_valid,
    input  wire                          freq_ready,
    output logic [AXI_ADDR_WIDTH-1:0]     freq_addr,
    output logic [7:0]                    freq_n,
    output logic [QW-1:0]                 freq_q,

    // returning descriptor beats, in request order (always accepted: cache space was reserved)
    input  wire                          dbeat_valid,
    input  wire [63:0]                   dbeat_data,
    input  wire                          dbeat_err,     // RRESP != OKAY
    input  wire                          dbeat_last,    // RLAST
    input  wire [QW-1:0]                 dbeat_q,
    input  wire                          dbeat_kill,    // the queue was reset since the request

    // scheduled descriptor, one frame
    output logic                          s_valid,
    input  wire                          s_ready,
    output logic [QW-1:0]                 s_q,
    output logic [11:0]                   s_idx,
    output logic [63:0]                   s_addr,
    output logic [15:0]                   s_len,
    output logic                          s_bad,
    output logic                          s_rs,

    // completion: HEAD of ret_q advances by one
    input  wire                          ret_valid,
    input  wire [QW-1:0]                 ret_q,

    output wire [NUM_QUEUES*12-1:0]      txq_head,
    output logic                         idle           // registered: at the last clock edge every enabled queue HEAD == TAIL, nothing cached or requested
);
    localparam int QN  = NUM_QUEUES;
    localparam int D   = CACHE_DEPTH;
    localparam int LD  = $clog2(D);
    localparam int EW  = 64 + 16 + 3;                    // cache entry: addr, len, {ferr, rs, eop}

    if (D < 2 || D > 128 || (1 << LD) != D || QN < 1 || QN > 16 || MAX_FRAME_LEN < 14
        || MAX_FRAME_LEN > 65535) begin : g_bad_depth
        $error("tx_desc_fetch: CACHE_DEPTH a power of two in 2..128, NUM_QUEUES 1..16, MAX_FRAME_LEN 14..65535");
    end

    logic [QN-1:0][11:0] head;                              // TXQ_HEAD (= txq_head)
    logic [11:0] sched [QN];
    logic [11:0] land  [QN];
    logic [11:0] fetch [QN];
    logic [EW-1:0] cache [QN*D];
    logic [QW-1:0] f_rr, s_rr;                              // round-robin: first queue to consider
    logic        dphase;                                    // 1: next descriptor beat is the second
    logic [63:0] dlo;
    logic        dlo_err;

    // ------------------------------------------------------------------ per-queue status
    // Per queue only what the round-robin picks need: a few 12-bit differences and compares. The
    // burst size (ring end, 4 KiB boundary, cache space) is computed once, for the queue picked:
    // n = min(pending, space, to_end, to_4k) is non-zero exactly when pending and space are, since
    // fetch < SIZE (to_end >= 1) and to_4k >= 1.
    typedef struct packed {
        logic fetchable;   // work pending and cache space for a fetch burst
        logic in_rot;      // descriptors requested or cached, not yet scheduled
        logic landed;      // a cached descriptor is ready to schedule
        logic quiet;       // disabled, or HEAD == TAIL with nothing fetched
    } qstat_t;

    function automatic qstat_t qstat(input logic [QW-1:0] q);
        logic [12:0] size;
        logic [11:0] mask, tail, ready_cnt, infl, pending, space;
        qstat_t st;
        size      = cfg_txq_size[13*q +: 13];
        mask      = 12'(size - 13'd1);
        tail      = cfg_txq_tail[12*q +: 12];
        ready_cnt = (tail - head[q]) & mask;
        infl      = (fetch[q] - head[q]) & mask;
        pending   = (ready_cnt > infl) ? ready_cnt - infl : 12'd0;
        space     = 12'(D) - ((fetch[q] - sched[q]) & mask);
        st.fetchable = size != 13'd0 && pending != 12'd0 && space != 12'd0
                       && (pending <= space || space >= 12'(D / 2));
        st.in_rot    = size != 13'd0 && fetch[q] != sched[q];
        st.landed    = land[q] != sched[q];
        st.quiet     = size == 13'd0 || (head[q] == tail && fetch[q] == head[q]);
        return st;
    endfunction

    // The status of a queue changes only when one of its indices moves (at most four events per
    // cycle: fetch issued, descriptor landed, frame scheduled, HEAD advanced) or its ring registers
    // are written. So the status vector is kept in registers and, each cycle, refreshed for the
    // queues the last clock edge touched; a queue reset or a TAIL/SIZE write (txq_ring_wr, a pulse
    // from the register file) refreshes every queue. The result is the same function of the same state as evaluating every queue every
    // cycle; per cycle it costs four status evaluations instead of NUM_QUEUES.
    localparam int NEV = 4;
    logic [QN-1:0]    st_fetchable, st_rot, st_landed, st_quiet;     // this cycle
    logic [QN-1:0]    st_fetchable_r, st_rot_r, st_landed_r, st_quiet_r;
    logic [NEV-1:0]   ev_v;                       // touched at the last edge: fetch, land, sched, ret
    logic [QW-1:0]    ev_q [NEV];
    logic             st_all;                     // refresh every queue (reset since the last cycle)

    always_comb begin
        qstat_t t;
        t = '0;
        st_fetchable = st_fetchable_r;
        st_rot       = st_rot_r;
        st_landed    = st_landed_r;
        st_quiet     = st_quiet_r;
        if (st_all || txq_ring_wr) begin
            for (int q = 0; q < QN; q++) begin
                t = qstat(QW'(q));
                {st_fetchable[q], st_rot[q], st_landed[q], st_quiet[q]} = t;
            end
        end else begin
            for (int e = 0; e < NEV; e++) begin
                if (ev_v[e]) begin
                    t = qstat(ev_q[e]);
                    {st_fetchable[ev_q[e]], st_rot[ev_q[e]], st_landed[ev_q[e]], st_quiet[ev_q[e]]} = t;
                end
            end
        end
    end

    wire [QN-1:0] f_elig = st_fetchable & ~txq_reset & {QN{cfg_tx_en}};
    wire [QN-1:0] s_elig = st_rot & ~txq_reset & {QN{cfg_tx_en}};
    wire [QN-1:0] s_has  = st_landed;
    wire [QN-1:0] q_idle = st_quiet;

    logic          f_any, s_any;
    logic [QW-1:0] fq, sq;
    rr_pick #(.N(QN), .IW(QW)) u_f_pick (.req(f_elig), .ptr(f_rr), .valid(f_any), .idx(fq));
    rr_pick #(.N(QN), .IW(QW)) u_s_pick (.req(s_elig), .ptr(s_rr), .valid(s_any), .idx(sq));
    wire f_load = f_any && (!freq_valid || freq_ready);
    wire s_load = s_any && s_has[sq] && (!s_valid || s_ready);

    // burst size of the picked queue: pending work, cache space, ring end, 4 KiB boundary
    logic [7:0] f_n;
    always_comb begin
        logic [12:0] size;
        logic [11:0] mask, ready_cnt, infl, pending, space, to_4k, n;
        logic [12:0] to_end;
        logic [7:0]  a16;   // ring address bits [11:4] of descriptor `fetch`
        size      = cfg_txq_size[13*fq +: 13];
        mask      = 12'(size - 13'd1);
        ready_cnt = (cfg_txq_tail[12*fq +: 12] - head[fq]) & mask;
        infl      = (fetch[fq] - head[fq]) & mask;
        pending   = (ready_cnt > infl) ? ready_cnt - infl : 12'd0;
        space     = 12'(D) - ((fetch[fq] - sched[fq]) & mask);
        to_end    = size - {1'b0, fetch[fq]};
        a16       = cfg_txq_base[64*fq + 4 +: 8] + fetch[fq][7:0];
        to_4k     = 12'd256 - {4'd0, a16};
        n = pending;
        if (space < n) n = space;
        if (to_end < {1'b0, n}) n = to_end[11:0];
        if (to_4k < n) n = to_4k;
        f_n = n[7:0];
    end

    function automatic logic [QW-1:0] next_q(input logic [QW-1:0] q);
        return (int'(q) == QN - 1) ? '0 : q + 1'b1;
    endfunction

    wire [EW-1:0] s_ent = cache[int'(sq) * D + int'(sched[sq][LD-1:0])];
    wire [15:0]   s_ent_len = s_ent[79:64];
    wire          s_ent_eop = s_ent[80];
    wire          s_ent_rs  = s_ent[81];
    wire          s_ent_err = s_ent[82];

    wire land_now = dbeat_valid && dphase && !dbeat_kill;

    function automatic logic [11:0] inc(input logic [11:0] v, input logic [QW-1:0] q,
                                        input logic [11:0] by);
        return (v + by) & 12'(cfg_txq_size[13*q +: 13] - 13'd1);
    endfunction

    always_ff @(posedge clk) begin
        // a waiting request or scheduler output whose queue resets is dropped: taken here, before
        // the flags are written, so each is read before its update (no shadow copy in a
        // simulator); never in a reset cycle, whose reset overrides it and whose first cycle has
        // random state, so that line coverage counts only drops that take effect
        logic freq_drop, s_drop;
        freq_drop = !rst && freq_valid && !freq_ready && txq_reset[freq_q];
        s_drop = !rst && s_valid && !s_ready && txq_reset[s_q];
        idle <= &q_idle && !freq_valid && !s_valid && !dphase;

        // ---- fetch request register
        if (freq_valid && freq_ready) freq_valid <= 1'b0;
        if (freq_drop) freq_valid <= 1'b0;
        if (f_load) begin
            freq_valid <= 1'b1;
            freq_q     <= fq;
            freq_n     <= f_n;
            freq_addr  <= AXI_ADDR_WIDTH'(cfg_txq_base[64*fq +: 64] + {48'd0, fetch[fq], 4'b0});
            f_rr       <= next_q(fq);
        end

        // ---- returning descriptors: beat 0 = buffer address, beat 1 = len/cmd/status/cookie
        if (dbeat_valid) begin
            if (!dphase) begin
                dlo     <= dbeat_data;
                dlo_err <= dbeat_err;
                dphase  <= !dbeat_last;
            end else begin
                dphase <= 1'b0;
                if (!dbeat_kill)
                    cache[int'(dbeat_q) * D + int'(land[dbeat_q][LD-1:0])] <=
                        {dlo_err | dbeat_err, dbeat_data[TXD_RS], dbeat_data[TXD_EOP],
                         dbeat_data[TXD_LEN_LSB +: 16], dlo};
            end
        end

        // ---- scheduler output register
        if (s_valid && s_ready) s_valid <= 1'b0;
        if (s_drop) s_valid <= 1'b0;
        if (s_load) begin
            s_valid <= 1'b1;
            s_q     <= sq;
            s_idx   <= sched[sq];
            s_addr  <= s_ent[63:0];
            s_len   <= s_ent_len;
            s_bad   <= s_ent_err || !s_ent_eop || s_ent_len < 16'd14
                       || 32'(s_ent_len) > MAX_FRAME_LEN;
            s_rs    <= s_ent_rs && !s_ent_err;
            s_rr    <= next_q(sq);
        end

        // ---- ring indices: each event moves one queue's index (a reset, later, wins)
        if (f_load) fetch[fq] <= inc(fetch[fq], fq, {4'd0, f_n});
        if (land_now) land[dbeat_q] <= inc(land[dbeat_q], dbeat_q, 12'd1);
        if (s_load) sched[sq] <= inc(sched[sq], sq, 12'd1);
        if (ret_valid) head[ret_q] <= inc(head[ret_q], ret_q, 12'd1);
        // txq_reset names one queue (one register write per cycle): its index is encoded here,
        // in the reset cycle, and each index register file takes one write
        if (txq_reset != '0) begin
            logic [QW-1:0] zq;
            zq = '0;
            for (int q = 0; q < QN; q++)
                if (txq_reset[q]) zq = QW'(q);
            fetch[zq] <= '0;
            land[zq]  <= '0;
            sched[zq] <= '0;
            head[zq]  <= '0;
        end

        // ---- status bookkeeping: which queues the indices above moved
        st_fetchable_r <= st_fetchable;
        st_rot_r       <= st_rot;
        st_landed_r    <= st_landed;
        st_quiet_r     <= st_quiet;
        ev_v      <= {ret_valid, s_load, land_now, f_load};
        ev_q[0]   <= fq;
        ev_q[1]   <= dbeat_q;
        ev_q[2]   <= sq;
        ev_q[3]   <= ret_q;
        st_all    <= txq_reset != '0 || rst;

        if (rst) begin
            idle       <= 1'b1;  // nothing can be in flight out of reset
            freq_valid <= 1'b0;
            s_valid    <= 1'b0;
            dphase     <= 1'b0;
            f_rr       <= '0;
            s_rr       <= '0;
            head <= '0;
            for (int q = 0; q < QN; q++) begin
                fetch[q] <= '0;
                land[q]  <= '0;
                sched[q] <= '0;
            end
        end
    end

    assign txq_head = head;

endmodule

`resetall
