// events.h — the bridge's event log: what happened at the pins, stamped with the cycle.
// Kind numbers are bit positions of the run() stop mask and must match Java's EventKind.
#pragma once

#include <cstdint>
#include <vector>

namespace nicsim {

enum class EventKind : uint32_t {
    IrqRise = 0,         // queue = irq bit
    IrqFall = 1,         // queue = irq bit
    Doorbell = 2,        // queue, value = written tail, detail = WSTRB
    HostReadFault = 3,   // value = address, axiId, detail = RRESP sent (2 SLVERR, 3 DECERR)
    HostWriteFault = 4,  // value = address, axiId, detail = BRESP sent
    RxAccepted = 5,      // value = frame sequence number (0-based, injection order)
    TxCaptured = 6,      // value = captured frame sequence number
    MmioIdle = 7,        // the last queued MMIO operation completed; value = address
    MmioError = 8,       // non-OKAY AXI4-Lite response; value = address, detail = resp
    AxiProtocol = 9,     // DUT broke an AXI/AXIS rule; value = address, detail = rule
    RxIdleInFrame = 10,  // an RX frame was accepted after TVALID idle cycles inside it; value = cycles
    TxStalled = 11,      // a TX frame was captured after TREADY-low cycles with TVALID high; value = cycles
    ReadLatencyMax = 12, // host memory made a read wait longer (AR to R ready) than any before; value = cycles
    Count = 13
};

// AxiProtocol rule codes (event detail)
enum ProtocolRule : int32_t {
    kAwUnstable = 1,   // AWVALID dropped or AW payload changed before AWREADY
    kArUnstable = 2,   // ARVALID dropped or AR payload changed before ARREADY
    kWUnstable = 3,    // WVALID dropped or W payload changed before WREADY
    kWlastWrong = 4,   // WLAST not on the burst's last beat
    kTxUnstable = 5,   // TX TVALID dropped or payload changed before TREADY
};

struct Event {
    uint64_t cycle;
    EventKind kind;
    int32_t queue;
    uint64_t value;
    int32_t axiId;
    int32_t detail;
};

class EventLog {
public:
    void add(uint64_t cycle, EventKind kind, int32_t queue, uint64_t value, int32_t axiId = -1,
             int32_t detail = 0) {
        events_.push_back(Event{cycle, kind, queue, value, axiId, detail});
        seen_ |= 1u << static_cast<uint32_t>(kind);
    }
    uint32_t seen() const { return seen_; }
    void clearSeen() { seen_ = 0; }
    // the events not yet drained, and forgetting them (the buffer is kept: no allocation per drain)
    const std::vector<Event>& pending() const { return events_; }
    void discardPending() { events_.clear(); }

private:
    std::vector<Event> events_;
    uint32_t seen_ = 0;
};

}  // namespace nicsim
