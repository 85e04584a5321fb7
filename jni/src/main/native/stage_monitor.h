// stage_monitor.h — white-box record of each received frame's way through the RX stages of
// nic_top (parser, hash-type selection, Toeplitz, RETA, DMA allocation and first data burst) and
// of each transmitted frame's way through the TX stages (doorbell taken into TXQ_TAIL, descriptor
// scheduled, bytes on the AXIS TX output), sampled once per cycle from signals
// rtl/stage_monitor.vlt keeps public and from the top's ports, and handed to Java in batches like
// the event log. Off by default; a library whose top has no datapaths (bridge_test_top) records
// nothing.
//
// Record layout (int64 words), kind first:
//   1 PARSER: cycle, seq, flags, vlanTci, selected M_HASHTYPE, hash input bytes, tuple bytes 0-35
//             as 5 big-endian words (byte 0 in the top byte of the first word)
//   2 HASH:   cycle, seq, hash, M_HASHTYPE
//   3 RETA:   cycle, seq, bucket, queue
//   4 DMA:    cycle, seq, queue, descriptor address, buffer address in the descriptor,
//             address of the frame's first data burst
//   5 TX_DOORBELL: cycle, queue, TXQ_TAIL before, TXQ_TAIL after (each change of the register the
//             TX engine runs from: a driver's doorbell, or 0 at a queue reset)
//   6 TX_DESC: cycle, queue, ring index, buffer address, length, flags (bit 0 RS, bit 1 bad: the
//             engine will skip it), as the scheduler hands the descriptor to the frame DMA
//   7 TX_SENT: cycle, queue, ring index, bytes, FNV-1a 64-bit digest of the bytes (offset basis
//             0xcbf29ce484222325, prime 0x100000001b3), at the frame's TLAST on m_axis_tx
// The RX stages are in-order pipelines, so each stage's record is matched to its frame's sequence
// number by order, not by extra RTL.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <vector>

class Vnic;

namespace nicsim {

enum StageKind : int64_t { kStageParser = 1, kStageHash = 2, kStageReta = 3, kStageDma = 4,
                         kTxDoorbell = 5, kTxDesc = 6, kTxSent = 7 };

class StageMonitor {
public:
    void enable(bool on);
    bool enabled() const { return on_; }
    // called with the model settled before a rising edge: what the DUT transfers at that edge
    void sample(Vnic& top, uint64_t cycle) {
        if (on_) sampleNow(top, cycle);
    }
    // the records not yet drained, and forgetting them (the buffer is kept: no allocation per drain)
    const int64_t* pending() const { return out_.data(); }
    std::size_t pendingWords() const { return used_; }
    void discardPending() { used_ = 0; }

private:
    struct Alloc {
        uint32_t seq;
        bool deliver;
        uint32_t queue;
        uint64_t descAddr;
        uint64_t bufAddr;
    };
    void sampleNow(Vnic& top, uint64_t cycle);
    // appends one record: a copy into room kept past the last drain (the buffer only grows, and
    // only when a batch outgrows it), with no per-word capacity check or zero-fill
    void put(std::initializer_list<int64_t> words) {
        if (out_.size() - used_ < words.size()) out_.resize(2 * out_.size() + 64);
        std::copy(words.begin(), words.end(), out_.data() + used_);
        used_ += words.size();
    }
    void sampleTx(Vnic& top, int64_t cycle);
    void clear();

    bool on_ = false;
    std::vector<int64_t> out_;   // records in [0, used_), room after
    std::size_t used_ = 0;
    std::deque<uint32_t> toHash_;                          // parser -> Toeplitz
    std::deque<std::pair<uint32_t, uint32_t>> toReta_;     // Toeplitz -> RETA: seq, bucket
    std::deque<Alloc> jobs_;                               // allocation -> data bursts
    bool jobOpen_ = false;                                 // a delivered frame awaits its first burst
    Alloc job_{};
    uint32_t txTail_[32] = {};                             // TXQ_TAIL per queue as last seen
    uint32_t txTailWords_[12] = {};                        // the packed TXQ_TAIL vector as last seen
    uint64_t txDigest_ = 0xcbf29ce484222325ull;            // frame on m_axis_tx so far
    int64_t txBytes_ = 0;
};

}  // namespace nicsim
