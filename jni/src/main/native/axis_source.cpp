#include "axis_source.h"

#include "Vnic.h"

#include <algorithm>
#include <cstring>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "a full beat is copied as one little-endian word");

namespace nicsim {

void AxisSource::enqueue(std::vector<uint8_t> bytes, bool bad, uint32_t idleBefore) {
    queue_.push_back(Frame{std::move(bytes), bad, idleBefore, nextSeq_++});
}

void AxisSource::clear() {
    queue_.clear();
    active_ = false;
    hold_ = false;
    idleInFrame_ = 0;
    idleDriven_ = false;
}

void AxisSource::driveIdle(Vnic& m) {
    m.s_axis_rx_tvalid = 0;
    m.s_axis_rx_tdata = 0;
    m.s_axis_rx_tkeep = 0;
    m.s_axis_rx_tlast = 0;
    m.s_axis_rx_tuser = 0;
}

void AxisSource::drive(Vnic& m) {
    if (!active_ && !queue_.empty()) {
        cur_ = std::move(queue_.front());
        queue_.pop_front();
        active_ = true;
        offset_ = 0;
        idleLeft_ = cur_.idle;
    }
    if (!active_ || idleLeft_ > 0 || hold_) {
        if (!idleDriven_) driveIdle(m);
        idleDriven_ = true;
        return;
    }
    idleDriven_ = false;
    const std::size_t n = std::min<std::size_t>(8, cur_.bytes.size() - offset_);
    uint64_t data = 0;
    if (n == 8) {
        std::memcpy(&data, cur_.bytes.data() + offset_, 8);  // byte i on lanes 8i+7:8i (little-endian host)
    } else {
        for (std::size_t i = 0; i < n; ++i)
            data |= static_cast<uint64_t>(cur_.bytes[offset_ + i]) << (8 * i);
    }
    m.s_axis_rx_tvalid = 1;
    m.s_axis_rx_tdata = data;
    m.s_axis_rx_tkeep = static_cast<uint8_t>((1u << n) - 1);
    m.s_axis_rx_tlast = offset_ + n >= cur_.bytes.size();
    m.s_axis_rx_tuser = cur_.bad ? 1 : 0;
}

void AxisSource::clock(Vnic& m, uint64_t cycle, EventLog& log) {
    if (!active_) return;
    if (idleLeft_ > 0) {
        --idleLeft_;
        return;
    }
    if (hold_) {
        ++idleInFrame_;
        hold_ = draw();
        return;
    }
    if (!(m.s_axis_rx_tvalid && m.s_axis_rx_tready)) return;
    offset_ += 8;
    if (offset_ >= cur_.bytes.size()) {
        if (idleInFrame_ > 0) log.add(cycle, EventKind::RxIdleInFrame, -1, idleInFrame_);
        idleInFrame_ = 0;
        log.add(cycle, EventKind::RxAccepted, -1, cur_.seq);
        active_ = false;
        cur_.bytes.clear();
    } else {
        hold_ = draw();
    }
}

}  // namespace nicsim
