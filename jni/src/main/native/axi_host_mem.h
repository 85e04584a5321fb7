// axi_host_mem.h — AXI4 slave BFM on m_axi_*: host memory backed by a Java direct ByteBuffer
// (zero copy). INCR and FIXED bursts, narrow transfers, WSTRB; up to maxOutstanding reads and
// writes in flight; responses in order. Read latency: the first R beat is valid readLatency cycles
// after the AR handshake (at least 1); write latency: BVALID writeLatency cycles after the last W
// beat (at least 1).
// Errors (the whole burst gets the response, no byte is touched): any byte outside
// [base, base+size) -> DECERR; otherwise an unaligned start (addr % 2^size != 0), AxSIZE wider
// than the 64-bit bus, or a WRAP/reserved burst type -> SLVERR. Each is logged as a fault event.
#pragma once

#include "events.h"

#include <array>
#include <cstdint>
#include <vector>

class Vnic;

namespace nicsim {

struct HostMemConfig {
    uint8_t* mem;
    uint64_t size;
    uint64_t base;
    uint32_t readLatency;
    uint32_t writeLatency;
    uint32_t maxOutstanding;
};

class AxiHostMem {
public:
    static constexpr uint32_t kMaxOutstanding = 256;   // the largest maxOutstanding accepted

    explicit AxiHostMem(const HostMemConfig& cfg);

    void drive(Vnic& m, uint64_t cycle);
    void driveIdle(Vnic& m);
    void clock(Vnic& m, uint64_t cycle, EventLog& log);
    void clear();

private:
    struct Burst {
        uint64_t addr;
        uint32_t beats;  // AxLEN + 1
        uint8_t size;
        uint8_t burst;
        uint32_t id;
        uint32_t resp;   // 0 OKAY, 2 SLVERR, 3 DECERR
        uint32_t done;   // beats transferred
        uint64_t readyCycle;
    };
    struct WriteResp {
        uint32_t id;
        uint32_t resp;
        uint64_t readyCycle;
    };

    // A FIFO of at most kMaxOutstanding entries in place: AWREADY and ARREADY hold each queue within
    // maxOutstanding, so it never fills, and the per-cycle size checks are one subtraction.
    template <typename T>
    class Fifo {
    public:
        bool empty() const { return head_ == tail_; }
        uint32_t size() const { return tail_ - head_; }
        T& front() { return slots_[head_ % kMaxOutstanding]; }
        void push_back(const T& v) { slots_[tail_++ % kMaxOutstanding] = v; }
        void pop_front() { ++head_; }
        void clear() { head_ = tail_ = 0; }

    private:
        std::array<T, kMaxOutstanding> slots_{};
        uint32_t head_ = 0, tail_ = 0;   // free-running; tail_ - head_ entries
    };

    uint32_t check(uint64_t addr, uint32_t beats, uint32_t size, uint32_t burst) const;
    uint64_t beatAddr(const Burst& b) const;
    uint64_t readBeat(const Burst& b) const;
    void writeBeat(const Burst& b, uint64_t data, uint32_t strb);

    HostMemConfig cfg_;
    Fifo<Burst> aw_;             // accepted write bursts waiting for (more) data
    Fifo<WriteResp> b_;          // write responses not yet accepted
    Fifo<Burst> ar_;             // accepted read bursts
    // W beats of aw_.front(), held until WLAST: host memory sees a burst at once, as the host sees
    // one PCIe write TLP, so a descriptor's DD bit is never visible before the rest of it. W data
    // arrives in AW order, so one buffer, reused, serves every burst (no allocation per burst).
    std::vector<std::pair<uint64_t, uint32_t>> wStaged_;   // (data, strb) per beat
    bool rHeld_ = false;         // R beat presented and not yet accepted: data latched
    uint64_t rData_ = 0;
    uint64_t maxReadLatency_ = 0;

    // AXI stability checks: payload seen last cycle with VALID && !READY
    struct Stall {
        bool on = false;
        uint64_t a = 0, b = 0;
    } awStall_, arStall_, wStall_;
};

}  // namespace nicsim
