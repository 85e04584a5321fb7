#include "axi_host_mem.h"

#include "errors.h"

#include "Vnic.h"

#include <cstring>
#include <string>
#include <utility>

namespace nicsim {

namespace {
constexpr uint32_t kOkay = 0, kSlvErr = 2, kDecErr = 3;
constexpr uint32_t kFixed = 0, kIncr = 1;
constexpr uint32_t kBusBytes = 8;

// host memory and the bus are little-endian (byte i on data[8i+7:8i]): one load or store per beat
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the full-width beat copies assume a little-endian host");
uint64_t loadLittle64(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
void storeLittle64(uint8_t* p, uint64_t v) { std::memcpy(p, &v, sizeof v); }

// Logs a protocol event when VALID was held without READY last cycle and the payload changed
// or VALID dropped this cycle; then remembers this cycle's state. payload() returns the channel's
// {address or data, control} packed; it is read only in a cycle next to a stall, not every cycle.
template <typename S, typename Payload>
void checkStable(S& st, bool valid, bool ready, Payload payload, uint64_t cycle, uint64_t addr,
                 int32_t rule, EventLog& log) {
    const bool stall = valid && !ready;
    if (!st.on && !stall) return;
    const auto [a, b] = payload();
    if (st.on && (!valid || a != st.a || b != st.b))
        log.add(cycle, EventKind::AxiProtocol, -1, addr, -1, rule);
    st.on = stall;
    st.a = a;
    st.b = b;
}
}  // namespace

AxiHostMem::AxiHostMem(const HostMemConfig& cfg) : cfg_(cfg) {
    if (cfg.maxOutstanding < 1 || cfg.maxOutstanding > kMaxOutstanding)
        throw ArgumentError("maxOutstanding " + std::to_string(cfg.maxOutstanding) + " is not 1.." +
                            std::to_string(kMaxOutstanding));
}

void AxiHostMem::clear() {
    aw_.clear();
    wStaged_.clear();
    b_.clear();
    ar_.clear();
    rHeld_ = false;
    maxReadLatency_ = 0;
    awStall_ = arStall_ = wStall_ = Stall{};
}

uint32_t AxiHostMem::check(uint64_t addr, uint32_t beats, uint32_t size, uint32_t burst) const {
    const uint64_t bytes = (burst == kFixed ? 1u : beats) * (uint64_t{1} << (size & 7));
    // address decode first: a byte outside the buffer is a decode error
    if (addr < cfg_.base) return kDecErr;
    const uint64_t off = addr - cfg_.base;
    if (off > cfg_.size || bytes > cfg_.size - off) return kDecErr;
    if (size > 3) return kSlvErr;                      // wider than the 64-bit bus
    if (burst != kIncr && burst != kFixed) return kSlvErr;  // WRAP or reserved
    if (addr & ((uint64_t{1} << size) - 1)) return kSlvErr;  // unaligned start
    return kOkay;
}

uint64_t AxiHostMem::beatAddr(const Burst& b) const {
    if (b.burst == kFixed) return b.addr;
    return b.addr + (uint64_t{b.done} << b.size);
}

uint64_t AxiHostMem::readBeat(const Burst& b) const {
    if (b.resp != kOkay) return 0;
    const uint64_t a = beatAddr(b);
    const uint32_t lane0 = a % kBusBytes, n = 1u << b.size;
    const uint8_t* p = cfg_.mem + (a - cfg_.base);
    if (n == kBusBytes) return loadLittle64(p);  // a full-width beat (aligned: check() refused others)
    uint64_t data = 0;
    for (uint32_t i = 0; i < n; ++i) data |= static_cast<uint64_t>(p[i]) << (8 * (lane0 + i));
    return data;
}

void AxiHostMem::writeBeat(const Burst& b, uint64_t data, uint32_t strb) {
    if (b.resp != kOkay) return;
    const uint64_t a = beatAddr(b);
    const uint32_t lane0 = a % kBusBytes, n = 1u << b.size;
    uint8_t* p = cfg_.mem + (a - cfg_.base);
    if (n == kBusBytes && strb == 0xFF) {  // every lane of a full-width beat
        storeLittle64(p, data);
        return;
    }
    for (uint32_t i = 0; i < n; ++i)
        if (strb & (1u << (lane0 + i))) p[i] = static_cast<uint8_t>(data >> (8 * (lane0 + i)));
}

void AxiHostMem::driveIdle(Vnic& m) {
    m.m_axi_awready = 0;
    m.m_axi_wready = 0;
    m.m_axi_bvalid = 0;
    m.m_axi_bid = 0;
    m.m_axi_bresp = 0;
    m.m_axi_arready = 0;
    m.m_axi_rvalid = 0;
    m.m_axi_rid = 0;
    m.m_axi_rdata = 0;
    m.m_axi_rresp = 0;
    m.m_axi_rlast = 0;
}

void AxiHostMem::drive(Vnic& m, uint64_t cycle) {
    m.m_axi_awready = aw_.size() + b_.size() < cfg_.maxOutstanding;
    m.m_axi_wready = !aw_.empty();
    const bool bv = !b_.empty() && b_.front().readyCycle <= cycle;
    m.m_axi_bvalid = bv;
    m.m_axi_bid = bv ? b_.front().id : 0;
    m.m_axi_bresp = bv ? b_.front().resp : 0;

    m.m_axi_arready = ar_.size() < cfg_.maxOutstanding;
    const bool rv = !ar_.empty() && ar_.front().readyCycle <= cycle;
    if (rv && !rHeld_) {
        rData_ = readBeat(ar_.front());  // latched: RDATA stays stable until RREADY
        rHeld_ = true;
    }
    m.m_axi_rvalid = rv;
    m.m_axi_rid = rv ? ar_.front().id : 0;
    m.m_axi_rdata = rv ? rData_ : 0;
    m.m_axi_rresp = rv ? ar_.front().resp : 0;
    m.m_axi_rlast = rv && ar_.front().done + 1 == ar_.front().beats;
}

void AxiHostMem::clock(Vnic& m, uint64_t cycle, EventLog& log) {
    checkStable(awStall_, m.m_axi_awvalid, m.m_axi_awready, [&m] {
        return std::pair<uint64_t, uint64_t>{m.m_axi_awaddr, (uint64_t{m.m_axi_awid} << 16) | (m.m_axi_awlen << 8) |
                                                                  (m.m_axi_awsize << 4) | m.m_axi_awburst};
    }, cycle, m.m_axi_awaddr, kAwUnstable, log);
    checkStable(arStall_, m.m_axi_arvalid, m.m_axi_arready, [&m] {
        return std::pair<uint64_t, uint64_t>{m.m_axi_araddr, (uint64_t{m.m_axi_arid} << 16) | (m.m_axi_arlen << 8) |
                                                                  (m.m_axi_arsize << 4) | m.m_axi_arburst};
    }, cycle, m.m_axi_araddr, kArUnstable, log);
    checkStable(wStall_, m.m_axi_wvalid, m.m_axi_wready, [&m] {
        return std::pair<uint64_t, uint64_t>{m.m_axi_wdata, (m.m_axi_wstrb << 1) | m.m_axi_wlast};
    }, cycle, 0, kWUnstable, log);

    // write data for the oldest accepted burst (WREADY was only high if there was one)
    if (m.m_axi_wvalid && m.m_axi_wready) {
        Burst& bu = aw_.front();
        wStaged_.emplace_back(m.m_axi_wdata, m.m_axi_wstrb);
        const bool last = wStaged_.size() == bu.beats;
        if (last) {
            for (const auto& [data, strb] : wStaged_) {
                writeBeat(bu, data, strb);
                ++bu.done;
            }
            wStaged_.clear();
        }
        if (bool(m.m_axi_wlast) != last)
            log.add(cycle, EventKind::AxiProtocol, -1, beatAddr(bu), static_cast<int32_t>(bu.id),
                    kWlastWrong);
        if (last) {
            b_.push_back(WriteResp{bu.id, bu.resp, cycle + (cfg_.writeLatency ? cfg_.writeLatency : 1)});
            aw_.pop_front();
        }
    }
    if (m.m_axi_bvalid && m.m_axi_bready) b_.pop_front();
    if (m.m_axi_awvalid && m.m_axi_awready) {
        Burst bu{m.m_axi_awaddr, m.m_axi_awlen + 1u, m.m_axi_awsize, m.m_axi_awburst,
                 m.m_axi_awid, 0, 0, 0};
        bu.resp = check(bu.addr, bu.beats, bu.size, bu.burst);
        if (bu.resp != kOkay)
            log.add(cycle, EventKind::HostWriteFault, -1, bu.addr, static_cast<int32_t>(bu.id),
                    static_cast<int32_t>(bu.resp));
        aw_.push_back(bu);
    }

    if (m.m_axi_rvalid && m.m_axi_rready) {
        rHeld_ = false;
        if (++ar_.front().done == ar_.front().beats) ar_.pop_front();
    }
    if (m.m_axi_arvalid && m.m_axi_arready) {
        Burst bu{m.m_axi_araddr, m.m_axi_arlen + 1u, m.m_axi_arsize, m.m_axi_arburst,
                 m.m_axi_arid, 0, 0, cycle + (cfg_.readLatency ? cfg_.readLatency : 1)};
        bu.resp = check(bu.addr, bu.beats, bu.size, bu.burst);
        if (bu.readyCycle - cycle > maxReadLatency_) {
            maxReadLatency_ = bu.readyCycle - cycle;
            log.add(cycle, EventKind::ReadLatencyMax, -1, maxReadLatency_);
        }
        if (bu.resp != kOkay)
            log.add(cycle, EventKind::HostReadFault, -1, bu.addr, static_cast<int32_t>(bu.id),
                    static_cast<int32_t>(bu.resp));
        ar_.push_back(bu);
    }
}

}  // namespace nicsim
