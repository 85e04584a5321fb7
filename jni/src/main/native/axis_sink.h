// axis_sink.h — AXI4-Stream sink BFM on m_axis_tx_*: captures frames (the bytes whose tkeep bit
// is set, in lane order; tuser ORed over the beats; first- and last-beat cycles). TREADY is 1,
// or low with a seeded probability per cycle (backpressure). Checks that TVALID and the payload
// stay stable until TREADY (AXI4-Stream rule), logging a protocol event otherwise.
#pragma once

#include "events.h"

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

class Vnic;

namespace nicsim {

// one captured frame: its bytes are bytes()[offset, offset + length) of the sink's storage
struct CapturedFrame {
    std::size_t offset;
    std::size_t length;
    bool tuser;
    uint64_t firstCycle;
    uint64_t lastCycle;
};

class AxisSink {
public:
    AxisSink(uint64_t seed, uint32_t backpressurePpm) : rng_(seed), ppm_(backpressurePpm) {}

    // The frames captured since the last discardDone(), in order. Their bytes lie back to back in
    // one buffer that is kept from drain to drain: no allocation per frame or per drain.
    const std::vector<CapturedFrame>& done() const { return done_; }
    const uint8_t* bytes(const CapturedFrame& f) const { return bytes_.data() + f.offset; }
    std::size_t doneBytes() const { return inFrame_ ? curStart_ : bytes_.size(); }
    // forgets done(); the frame being captured, if any, is kept
    void discardDone();

    void drive(Vnic& m);
    void driveIdle(Vnic& m);
    void clock(Vnic& m, uint64_t cycle, EventLog& log);
    void clear();

private:
    std::mt19937_64 rng_;   // fixed algorithm and sequence for a seed: deterministic everywhere
    uint32_t ppm_;          // probability of TREADY low in a cycle, parts per million
    std::vector<uint8_t> bytes_;          // done frames' bytes, then the frame being captured
    std::vector<CapturedFrame> done_;
    std::size_t curStart_ = 0;            // where the frame being captured starts in bytes_
    bool curTuser_ = false;
    uint64_t curFirst_ = 0;
    uint64_t curLast_ = 0;
    bool inFrame_ = false;
    uint64_t seq_ = 0;
    bool stalled_ = false;  // last cycle had TVALID && !TREADY
    uint64_t stalledData_ = 0;
    uint32_t stalledCtl_ = 0;
    uint64_t stallCycles_ = 0;   // TVALID && !TREADY cycles of the frame being captured
};

}  // namespace nicsim
