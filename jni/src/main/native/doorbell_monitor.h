// doorbell_monitor.h — watches the AXI4-Lite writes the MMIO master completes and logs those that
// land on a doorbell register as Doorbell events. The bus model itself knows no register map: the
// window (queue block base, stride, doorbell offset, queue count) comes from whoever opens the
// model; a window of 0 queues decodes nothing.
#pragma once

#include "events.h"

#include <cstdint>

namespace nicsim {

struct DoorbellWindow {
    uint32_t base = 0;    // address of queue 0's register block
    uint32_t stride = 0;  // bytes between two queues' blocks
    uint32_t offset = 0;  // doorbell register within a block
    uint32_t queues = 0;  // blocks decoded (queue 0 .. queues-1)
};

class DoorbellMonitor {
public:
    DoorbellMonitor() = default;
    explicit DoorbellMonitor(const DoorbellWindow& w) : w_(w) {}

    // called once per write, in the cycle its address and data have both been accepted
    void onWrite(uint64_t cycle, uint32_t addr, uint32_t data, uint8_t strb, EventLog& log) const {
        if (w_.queues == 0 || addr < w_.base) return;
        const uint32_t rel = addr - w_.base;
        if (rel % w_.stride != w_.offset || rel / w_.stride >= w_.queues) return;
        log.add(cycle, EventKind::Doorbell, static_cast<int32_t>(rel / w_.stride), data, -1, strb);
    }

private:
    DoorbellWindow w_;
};

}  // namespace nicsim
