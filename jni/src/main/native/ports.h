// ports.h — table of the top-level ports shared by nic_top and bridge_test_top (the fixed
// nic_top port list), for name/id based peek and poke from Java.
#pragma once

#include <cstdint>
#include <cstddef>

#ifndef NICSIM_NUM_QUEUES
#error "NICSIM_NUM_QUEUES must be the NUM_QUEUES parameter the model was verilated with"
#endif

class Vnic;

namespace nicsim {

struct PortDesc {
    const char* name;
    uint8_t width;
    bool input;
    uint64_t (*peek)(Vnic&);
    void (*poke)(Vnic&, uint64_t);
};

const PortDesc* portTable(std::size_t* count);

}  // namespace nicsim
