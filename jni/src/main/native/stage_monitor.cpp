#include "stage_monitor.h"

#include "Vnic.h"
#ifdef NICSIM_STAGE_MONITOR
#include "Vnic___024root.h"
#endif

namespace nicsim {

void StageMonitor::enable(bool on) {
    on_ = on;
    clear();
}

void StageMonitor::clear() {
    for (auto& t : txTail_) t = 0;   // TXQ_TAIL's reset value
    for (auto& w : txTailWords_) w = 0;
    txDigest_ = 0xcbf29ce484222325ull;
    txBytes_ = 0;
    toHash_.clear();
    toReta_.clear();
    jobs_.clear();
    jobOpen_ = false;
}

#ifdef NICSIM_STAGE_MONITOR
namespace {
// bits [lo+63 : lo] of a Verilator wide value (32-bit words, word 0 least significant)
template <typename W>
uint64_t bits64(const W& w, unsigned lo, unsigned words) {
    uint64_t v = 0;
    for (unsigned b = 0; b < 64; b += 32) {
        const unsigned at = lo + b;
        const unsigned i = at / 32, s = at % 32;
        uint64_t part = i < words ? (w[i] >> s) : 0;
        if (s && i + 1 < words) part |= static_cast<uint64_t>(w[i + 1]) << (32 - s);
        v |= (part & 0xFFFFFFFFull) << b;
    }
    return v;
}

// bits [lo+11 : lo] of a packed per-queue vector: wide (VlWide) or, for few queues, a plain integer
template <std::size_t N>
uint32_t field12(const VlWide<N>& w, unsigned lo) {
    return static_cast<uint32_t>(bits64(w, lo, N) & 0xFFF);
}
inline uint32_t field12(uint64_t v, unsigned lo) {
    return static_cast<uint32_t>((v >> lo) & 0xFFF);
}

// true when the vector's 32-bit words equal seen[]; seen[] then holds them. A few word compares per
// cycle instead of one field extraction per queue: TXQ_TAIL changes only on a doorbell.
template <std::size_t N>
bool sameWords(const VlWide<N>& w, uint32_t* seen) {
    static_assert(N <= 12, "TXQ_TAIL of at most 32 queues");
    bool same = true;
    for (std::size_t i = 0; i < N; ++i) {
        if (w[i] != seen[i]) {
            same = false;
            seen[i] = w[i];
        }
    }
    return same;
}
inline bool sameWords(uint64_t v, uint32_t* seen) {
    const uint32_t lo = static_cast<uint32_t>(v), hi = static_cast<uint32_t>(v >> 32);
    const bool same = lo == seen[0] && hi == seen[1];
    seen[0] = lo;
    seen[1] = hi;
    return same;
}
}  // namespace

// TX: the doorbell as the engine sees it (TXQ_TAIL), the scheduler's descriptor handoff to the
// frame DMA, and the frame on the AXIS output; the sent frame's queue and index are on the
// completion port in the cycle its TLAST is accepted.
void StageMonitor::sampleTx(Vnic& top, int64_t c) {
    auto& r = *top.rootp;
    if (!sameWords(r.nic_top__DOT__cfg_txq_tail, txTailWords_)) {
        for (uint32_t q = 0; q < NICSIM_NUM_QUEUES && q < 32; ++q) {
            const uint32_t t = field12(r.nic_top__DOT__cfg_txq_tail, 12 * q);
            if (t != txTail_[q]) {
                put({kTxDoorbell, c, q, txTail_[q], t});
                txTail_[q] = t;
            }
        }
    }
    if (r.nic_top__DOT__u_tx__DOT__s_valid && r.nic_top__DOT__u_tx__DOT__s_ready) {
        put({kTxDesc, c, r.nic_top__DOT__u_tx__DOT__s_q, r.nic_top__DOT__u_tx__DOT__s_idx,
             static_cast<int64_t>(r.nic_top__DOT__u_tx__DOT__s_addr),
             r.nic_top__DOT__u_tx__DOT__s_len,
             (r.nic_top__DOT__u_tx__DOT__s_rs ? 1 : 0) | (r.nic_top__DOT__u_tx__DOT__s_bad ? 2 : 0)});
    }
    if (top.m_axis_tx_tvalid && top.m_axis_tx_tready) {
        const uint64_t data = top.m_axis_tx_tdata;
        const uint32_t keep = top.m_axis_tx_tkeep;
        uint64_t d = txDigest_;   // in a register: the members would be stored back after every byte
        int64_t n = txBytes_;
        for (unsigned b = 0; b < 8; ++b) {
            if (!(keep >> b & 1)) continue;
            d = (d ^ ((data >> (8 * b)) & 0xFF)) * 0x100000001b3ull;
            ++n;
        }
        txDigest_ = d;
        txBytes_ = n;
        if (top.m_axis_tx_tlast) {
            put({kTxSent, c, r.nic_top__DOT__u_tx__DOT__c_q, r.nic_top__DOT__u_tx__DOT__c_idx,
                 txBytes_, static_cast<int64_t>(txDigest_)});
            txDigest_ = 0xcbf29ce484222325ull;
            txBytes_ = 0;
        }
    }
}

void StageMonitor::sampleNow(Vnic& top, uint64_t cycle) {
    auto& r = *top.rootp;
    if (top.rst || r.nic_top__DOT__core_rst) {
        clear();
        return;
    }
    const int64_t c = static_cast<int64_t>(cycle);
    sampleTx(top, c);
    // downstream first: a stage pops the entry its upstream pushed in an earlier cycle
    if (r.nic_top__DOT__u_rx__DOT__u_engine__DOT__aw_dt && jobOpen_) {
        put({kStageDma, c, job_.seq, job_.queue, static_cast<int64_t>(job_.descAddr),
             static_cast<int64_t>(job_.bufAddr),
             static_cast<int64_t>(r.nic_top__DOT__u_rx__DOT__u_engine__DOT__cj_addr)});
        jobOpen_ = false;
    }
    if (r.nic_top__DOT__u_rx__DOT__u_engine__DOT__jq_rd && !jobs_.empty()) {
        job_ = jobs_.front();
        jobs_.pop_front();
        jobOpen_ = job_.deliver;
    }
    if (r.nic_top__DOT__u_rx__DOT__u_engine__DOT__meta_ready) {
        // the job queue entry {drop, beats, strb, buffer address, slot}: the address sits above the 4-bit slot
        const auto& jq = r.nic_top__DOT__u_rx__DOT__u_engine__DOT__jq_din;
        jobs_.push_back(Alloc{r.nic_top__DOT__u_rx__DOT__u_engine__DOT__meta_seq,
                              r.nic_top__DOT__u_rx__DOT__u_engine__DOT__a_deliver != 0,
                              r.nic_top__DOT__u_rx__DOT__u_engine__DOT__meta_queue,
                              r.nic_top__DOT__u_rx__DOT__u_engine__DOT__a_desc_addr, bits64(jq, 4, 3)});
    }
    if (r.nic_top__DOT__u_rx__DOT__r_valid && !toReta_.empty()) {
        const auto e = toReta_.front();
        toReta_.pop_front();
        put({kStageReta, c, e.first, e.second, r.nic_top__DOT__u_rx__DOT__r_queue});
    }
    if (r.nic_top__DOT__u_rx__DOT__h_valid && !toHash_.empty()) {
        const uint32_t seq = toHash_.front();
        toHash_.pop_front();
        put({kStageHash, c, seq, r.nic_top__DOT__u_rx__DOT__h_hash,
             r.nic_top__DOT__u_rx__DOT__h_htype});
        toReta_.emplace_back(seq, r.nic_top__DOT__u_rx__DOT__u_reta__DOT__bucket);
    }
    if (r.nic_top__DOT__u_rx__DOT__p_valid) {
        const uint32_t seq = r.nic_top__DOT__u_rx__DOT__p_seq;
        toHash_.push_back(seq);
        // tuple byte k sits at bits [287-8k -: 8]: word j holds bytes 8j..8j+7, byte 8j on top
        // (bits [287-64j -: 64]; the last word holds bytes 32-35, its low 32 bits zero)
        const auto& t = r.nic_top__DOT__u_rx__DOT__p_tuple;
        put({kStageParser, c, seq, r.nic_top__DOT__u_rx__DOT__p_flags,
             r.nic_top__DOT__u_rx__DOT__p_tci, r.nic_top__DOT__u_rx__DOT__u_hash__DOT__htype,
             r.nic_top__DOT__u_rx__DOT__u_hash__DOT__nbytes,
             static_cast<int64_t>(bits64(t, 224, 9)), static_cast<int64_t>(bits64(t, 160, 9)),
             static_cast<int64_t>(bits64(t, 96, 9)), static_cast<int64_t>(bits64(t, 32, 9)),
             static_cast<int64_t>(bits64(t, 0, 9) << 32)});
    }
}
#else
void StageMonitor::sampleNow(Vnic&, uint64_t) {}
#endif

}  // namespace nicsim
