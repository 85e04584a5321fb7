#include "axil_master.h"

#include "Vnic.h"

namespace nicsim {

void AxilMaster::write(uint32_t addr, uint32_t value, uint8_t strb) {
    queue_.push_back(Op{true, addr, value, strb, 0});
}

uint64_t AxilMaster::read(uint32_t addr) {
    const uint64_t token = nextToken_++;
    queue_.push_back(Op{false, addr, 0, 0, token});
    return token;
}

bool AxilMaster::takeResult(uint64_t token, ReadResult* out) {
    for (auto it = results_.begin(); it != results_.end(); ++it) {
        if (it->token == token) {
            *out = *it;
            results_.erase(it);
            return true;
        }
    }
    return false;
}

void AxilMaster::clear() {
    queue_.clear();
    results_.clear();
    active_ = false;
    idleDriven_ = false;
}

void AxilMaster::driveIdle(Vnic& m) {
    m.s_axil_awvalid = 0;
    m.s_axil_wvalid = 0;
    m.s_axil_arvalid = 0;
    m.s_axil_bready = 0;
    m.s_axil_rready = 0;
    idleDriven_ = false;
}

void AxilMaster::drive(Vnic& m) {
    if (!active_ && !queue_.empty()) {
        cur_ = queue_.front();
        queue_.pop_front();
        active_ = true;
        addrDone_ = false;
        dataDone_ = false;
    }
    if (!active_ && idleDriven_) return;
    idleDriven_ = !active_;
    const bool w = active_ && cur_.write;
    const bool r = active_ && !cur_.write;
    m.s_axil_awvalid = w && !addrDone_;
    m.s_axil_awaddr = w ? static_cast<uint16_t>(cur_.addr) : 0;
    m.s_axil_awprot = 0;
    m.s_axil_wvalid = w && !dataDone_;
    m.s_axil_wdata = w ? cur_.data : 0;
    m.s_axil_wstrb = w ? cur_.strb : 0;
    m.s_axil_bready = 1;
    m.s_axil_arvalid = r && !addrDone_;
    m.s_axil_araddr = r ? static_cast<uint16_t>(cur_.addr) : 0;
    m.s_axil_arprot = 0;
    m.s_axil_rready = 1;
}

void AxilMaster::clock(Vnic& m, uint64_t cycle, EventLog& log) {
    if (!active_) return;
    bool done = false;
    uint32_t resp = 0;
    if (cur_.write) {
        const bool wasAccepted = addrDone_ && dataDone_;
        if (m.s_axil_awvalid && m.s_axil_awready) addrDone_ = true;
        if (m.s_axil_wvalid && m.s_axil_wready) dataDone_ = true;
        if (!wasAccepted && addrDone_ && dataDone_) doorbells_.onWrite(cycle, cur_.addr, cur_.data, cur_.strb, log);
        if (wasAccepted && m.s_axil_bvalid) {
            done = true;
            resp = m.s_axil_bresp;
        }
    } else {
        const bool wasAccepted = addrDone_;
        if (m.s_axil_arvalid && m.s_axil_arready) addrDone_ = true;
        if (wasAccepted && m.s_axil_rvalid) {
            done = true;
            resp = m.s_axil_rresp;
            results_.push_back(ReadResult{cur_.token, m.s_axil_rdata, resp});
        }
    }
    if (!done) return;
    active_ = false;
    if (resp != 0) log.add(cycle, EventKind::MmioError, -1, cur_.addr, -1, static_cast<int32_t>(resp));
    if (queue_.empty()) log.add(cycle, EventKind::MmioIdle, -1, cur_.addr);
}

}  // namespace nicsim
