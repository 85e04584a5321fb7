// axis_sink.h — AXI4-Stream sink BFM on m_axis_tx_*: captures frames (the bytes whose tkeep bit
// is set, in lane order; tuser ORed over the beats; first- and last-beat cycles). TREADY is 1,
// or low with a seeded probability per cycle (backpressure). Checks that TVALID and the payload
// stay stable until TREADY (AXI4-Stream rule), logging a protocol event otherwise.
#pragma once

#include "events.h"

#include <cstdint>
#include <deque>
#include <random>
#include <vector>

class Vnic;

namespace nicsim {

struct CapturedFrame {
    std::vector<uint8_t> bytes;
    bool tuser;
    uint64_t firstCycle;
    uint64_t lastCycle;
};

class AxisSink {
public:
    AxisSink(uint64_t seed, uint32_t backpressurePpm) : rng_(seed), ppm_(backpressurePpm) {}

    std::vector<CapturedFrame> drain() {
        std::vector<CapturedFrame> out(std::make_move_iterator(done_.begin()),
                                       std::make_move_iterator(done_.end()));
        done_.clear();
        return out;
    }

    void drive(Vnic& m);
    void driveIdle(Vnic& m);
    void clock(Vnic& m, uint64_t cycle, EventLog& log);
    void clear();

private:
    std::mt19937_64 rng_;   // fixed algorithm and sequence for a seed: deterministic everywhere
    uint32_t ppm_;          // probability of TREADY low in a cycle, parts per million
    std::deque<CapturedFrame> done_;
    CapturedFrame cur_{};
    bool inFrame_ = false;
    uint64_t seq_ = 0;
    bool stalled_ = false;  // last cycle had TVALID && !TREADY
    uint64_t stalledData_ = 0;
    uint32_t stalledCtl_ = 0;
    uint64_t stallCycles_ = 0;   // TVALID && !TREADY cycles of the frame being captured
};

}  // namespace nicsim
