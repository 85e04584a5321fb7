#include "axis_sink.h"

#include "Vnic.h"

#include <cstring>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "a full beat is copied as one little-endian word");

namespace nicsim {

void AxisSink::clear() {
    bytes_.clear();
    done_.clear();
    curStart_ = 0;
    inFrame_ = false;
    stalled_ = false;
    stallCycles_ = 0;
}

void AxisSink::driveIdle(Vnic& m) { m.m_axis_tx_tready = 0; }

void AxisSink::drive(Vnic& m) {
    bool ready = true;
    if (ppm_ > 0) ready = (rng_() % 1000000u) >= ppm_;
    m.m_axis_tx_tready = ready;
}

void AxisSink::clock(Vnic& m, uint64_t cycle, EventLog& log) {
    const bool valid = m.m_axis_tx_tvalid;
    const uint64_t data = m.m_axis_tx_tdata;
    const bool stall = valid && !m.m_axis_tx_tready;
    if (stalled_ || stall) {   // the beat's control bits matter only next to a stall
        const uint32_t ctl = m.m_axis_tx_tkeep | (m.m_axis_tx_tlast << 8) | (m.m_axis_tx_tuser << 9);
        if (stalled_ && (!valid || data != stalledData_ || ctl != stalledCtl_))
            log.add(cycle, EventKind::AxiProtocol, -1, 0, -1, kTxUnstable);
        stalledData_ = data;
        stalledCtl_ = ctl;
        if (stall) ++stallCycles_;
    }
    stalled_ = stall;
    if (!(valid && m.m_axis_tx_tready)) return;

    if (!inFrame_) {
        curStart_ = bytes_.size();
        curTuser_ = false;
        curFirst_ = cycle;
        inFrame_ = true;
    }
    const uint32_t keep = m.m_axis_tx_tkeep;
    if (keep == 0xFF) {  // a full beat: its 8 bytes at once (little-endian host, lane 0 first)
        uint8_t b[8];
        std::memcpy(b, &data, sizeof b);
        bytes_.insert(bytes_.end(), b, b + 8);
    } else {
        for (int i = 0; i < 8; ++i)
            if (keep & (1u << i)) bytes_.push_back(static_cast<uint8_t>(data >> (8 * i)));
    }
    curTuser_ = curTuser_ || (m.m_axis_tx_tuser & 1);
    curLast_ = cycle;
    if (m.m_axis_tx_tlast) {
        if (stallCycles_ > 0) log.add(cycle, EventKind::TxStalled, -1, stallCycles_);
        stallCycles_ = 0;
        log.add(cycle, EventKind::TxCaptured, -1, seq_++);
        done_.push_back(CapturedFrame{curStart_, bytes_.size() - curStart_, curTuser_, curFirst_, curLast_});
        inFrame_ = false;
    }
}

void AxisSink::discardDone() {
    const std::size_t keep = doneBytes();
    bytes_.erase(bytes_.begin(), bytes_.begin() + static_cast<std::ptrdiff_t>(keep));   // the frame in capture moves to the front
    curStart_ = 0;
    done_.clear();
}

}  // namespace nicsim
