// axis_source.h — AXI4-Stream source BFM on s_axis_rx_*: frames queued from Java, sent in
// order as 8-byte beats (byte i of a beat on tdata[8i+7:8i], tkeep contiguous from lane 0 on
// the last beat). An optional idle gap (TVALID low for N cycles) precedes a frame; with an idle
// probability p > 0, after each beat but the last TVALID stays low for a cycle with probability p
// (repeatedly: a geometric run), drawn from a seeded generator, so the parser's stall path is
// exercised reproducibly; p = 0 draws nothing and holds TVALID for the whole frame. tuser[0] (bad frame) is held on every beat of a bad frame. The frame's
// acceptance (last-beat handshake) is logged with its sequence number.
#pragma once

#include "events.h"

#include <cstdint>
#include <deque>
#include <random>
#include <vector>

class Vnic;

namespace nicsim {

class AxisSource {
public:
    AxisSource(uint64_t seed, uint32_t idlePpm) : rng_(seed ^ 0x9E3779B97F4A7C15ull), ppm_(idlePpm) {}
    void enqueue(std::vector<uint8_t> bytes, bool bad, uint32_t idleBefore);
    std::size_t pending() const { return queue_.size() + (active_ ? 1 : 0); }

    void drive(Vnic& m);
    void driveIdle(Vnic& m);
    void clock(Vnic& m, uint64_t cycle, EventLog& log);
    void clear();
    // The ports may have been written by someone else (pin mode): drive() writes them all next time.
    void redrive() { idleDriven_ = false; }

private:
    struct Frame {
        std::vector<uint8_t> bytes;
        bool bad;
        uint32_t idle;
        uint64_t seq;
    };
    std::deque<Frame> queue_;
    Frame cur_{};
    bool active_ = false;
    std::size_t offset_ = 0;
    uint32_t idleLeft_ = 0;
    uint64_t nextSeq_ = 0;
    std::mt19937_64 rng_;
    uint32_t ppm_;            // probability of an idle cycle after a beat inside a frame, parts per million
    bool hold_ = false;       // TVALID low this cycle inside the frame
    uint64_t idleInFrame_ = 0;
    bool idleDriven_ = false; // the ports hold driveIdle()'s values from the last drive(): not written again
    bool draw() { return ppm_ != 0 && rng_() % 1000000u < ppm_; }
};

}  // namespace nicsim
