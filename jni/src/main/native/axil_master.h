// axil_master.h — AXI4-Lite master BFM on s_axil_*: queued MMIO writes and reads, executed one
// at a time in queue order (like uncached CPU MMIO). A write drives AWVALID and WVALID together
// and completes at the B handshake; a read completes at the R handshake. BREADY/RREADY are 1.
// Each write is shown to the doorbell monitor in the cycle its address and data have both been
// accepted.
#pragma once

#include "doorbell_monitor.h"
#include "events.h"

#include <cstdint>
#include <deque>

class Vnic;

namespace nicsim {

class AxilMaster {
public:
    struct ReadResult {
        uint64_t token;
        uint32_t value;
        uint32_t resp;
    };

    AxilMaster() = default;
    explicit AxilMaster(const DoorbellMonitor& doorbells) : doorbells_(doorbells) {}

    void write(uint32_t addr, uint32_t value, uint8_t strb);
    uint64_t read(uint32_t addr);  // returns a token; result appears in results()
    std::size_t pending() const { return queue_.size() + (active_ ? 1 : 0); }
    bool takeResult(uint64_t token, ReadResult* out);

    void drive(Vnic& m);
    void clock(Vnic& m, uint64_t cycle, EventLog& log);
    void driveIdle(Vnic& m);
    void clear();
    // The ports may have been written by someone else (pin mode): drive() writes them all next time.
    void redrive() { idleDriven_ = false; }

private:
    struct Op {
        bool write;
        uint32_t addr;
        uint32_t data;
        uint8_t strb;
        uint64_t token;
    };
    DoorbellMonitor doorbells_;
    std::deque<Op> queue_;
    std::deque<ReadResult> results_;
    Op cur_{};
    bool active_ = false;
    bool addrDone_ = false;
    bool dataDone_ = false;
    bool idleDriven_ = false;  // the ports hold drive()'s idle values (no operation): not written again
    uint64_t nextToken_ = 1;
};

}  // namespace nicsim
