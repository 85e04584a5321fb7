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
    toHash_.clear();
    toReta_.clear();
    jobs_.clear();
    jobOpen_ = false;
}

std::vector<int64_t> StageMonitor::drain() {
    std::vector<int64_t> out;
    out.swap(out_);
    return out;
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
}  // namespace

void StageMonitor::sampleNow(Vnic& top, uint64_t cycle) {
    auto& r = *top.rootp;
    if (top.rst || r.nic_top__DOT__core_rst) {
        clear();
        return;
    }
    const int64_t c = static_cast<int64_t>(cycle);
    // downstream first: a stage pops the entry its upstream pushed in an earlier cycle
    if (r.nic_top__DOT__u_rx__DOT__u_engine__DOT__aw_dt && jobOpen_) {
        out_.insert(out_.end(), {kStageDma, c, job_.seq, job_.queue, static_cast<int64_t>(job_.descAddr),
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
        out_.insert(out_.end(), {kStageReta, c, e.first, e.second, r.nic_top__DOT__u_rx__DOT__r_queue});
    }
    if (r.nic_top__DOT__u_rx__DOT__h_valid && !toHash_.empty()) {
        const uint32_t seq = toHash_.front();
        toHash_.pop_front();
        out_.insert(out_.end(), {kStageHash, c, seq, r.nic_top__DOT__u_rx__DOT__h_hash,
                                 r.nic_top__DOT__u_rx__DOT__h_htype});
        toReta_.emplace_back(seq, r.nic_top__DOT__u_rx__DOT__u_reta__DOT__bucket);
    }
    if (r.nic_top__DOT__u_rx__DOT__p_valid) {
        const uint32_t seq = r.nic_top__DOT__u_rx__DOT__p_seq;
        toHash_.push_back(seq);
        out_.insert(out_.end(), {kStageParser, c, seq, r.nic_top__DOT__u_rx__DOT__p_flags,
                                 r.nic_top__DOT__u_rx__DOT__p_tci, r.nic_top__DOT__u_rx__DOT__u_hash__DOT__htype,
                                 r.nic_top__DOT__u_rx__DOT__u_hash__DOT__nbytes});
        // tuple byte k sits at bits [287-8k -: 8]: word j holds bytes 8j..8j+7, byte 8j on top
        const auto& t = r.nic_top__DOT__u_rx__DOT__p_tuple;
        for (int j = 0; j < 5; ++j) {
            const int hi = 287 - 64 * j;   // bit of byte 8j's MSB
            const int lo = hi - 63;
            out_.push_back(static_cast<int64_t>(lo >= 0 ? bits64(t, static_cast<unsigned>(lo), 9)
                                                        : bits64(t, 0, 9) << (-lo)));
        }
    }
}
#else
void StageMonitor::sampleNow(Vnic&, uint64_t) {}
#endif

}  // namespace nicsim
