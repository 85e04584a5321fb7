// ports.cpp — the port table. One line per port of rtl/nic_top_ports.svh; widths are those of nic_top with its
// default bus parameters (64-bit AXI addresses and data, 4-bit IDs, 16-bit AXI4-Lite addresses)
// and irq as wide as the NUM_QUEUES the model was built with. A static_assert checks each width against the Verilated storage type.
#include "ports.h"

#include "Vnic.h"

#include <type_traits>

namespace nicsim {
namespace {

template <typename T>
constexpr bool fits(unsigned width) {
    return width >= 1 && width <= 8 * sizeof(T) && 8 * sizeof(T) <= 64;
}

}  // namespace

#define NICSIM_PORT(pname, w, in)                                                              \
    PortDesc {                                                                                 \
        #pname, w, in, [](Vnic& m) -> uint64_t { return static_cast<uint64_t>(m.pname); },     \
            [](Vnic& m, uint64_t v) {                                                          \
                using T = std::remove_reference_t<decltype(m.pname)>;                          \
                static_assert(fits<T>(w), "port " #pname " width does not match the model");   \
                m.pname = static_cast<T>(v);                                                   \
            }                                                                                  \
    }
#define IN(n, w) NICSIM_PORT(n, w, true)
#define OUT(n, w) NICSIM_PORT(n, w, false)

static const PortDesc kPorts[] = {
    IN(clk, 1), IN(rst, 1),
    IN(s_axil_awaddr, 16), IN(s_axil_awprot, 3), IN(s_axil_awvalid, 1), OUT(s_axil_awready, 1),
    IN(s_axil_wdata, 32), IN(s_axil_wstrb, 4), IN(s_axil_wvalid, 1), OUT(s_axil_wready, 1),
    OUT(s_axil_bresp, 2), OUT(s_axil_bvalid, 1), IN(s_axil_bready, 1),
    IN(s_axil_araddr, 16), IN(s_axil_arprot, 3), IN(s_axil_arvalid, 1), OUT(s_axil_arready, 1),
    OUT(s_axil_rdata, 32), OUT(s_axil_rresp, 2), OUT(s_axil_rvalid, 1), IN(s_axil_rready, 1),
    IN(s_axis_rx_tdata, 64), IN(s_axis_rx_tkeep, 8), IN(s_axis_rx_tlast, 1),
    IN(s_axis_rx_tuser, 1), IN(s_axis_rx_tvalid, 1), OUT(s_axis_rx_tready, 1),
    OUT(m_axis_tx_tdata, 64), OUT(m_axis_tx_tkeep, 8), OUT(m_axis_tx_tlast, 1),
    OUT(m_axis_tx_tuser, 1), OUT(m_axis_tx_tvalid, 1), IN(m_axis_tx_tready, 1),
    OUT(m_axi_awid, 4), OUT(m_axi_awaddr, 64), OUT(m_axi_awlen, 8), OUT(m_axi_awsize, 3),
    OUT(m_axi_awburst, 2), OUT(m_axi_awlock, 1), OUT(m_axi_awcache, 4), OUT(m_axi_awprot, 3),
    OUT(m_axi_awvalid, 1), IN(m_axi_awready, 1),
    OUT(m_axi_wdata, 64), OUT(m_axi_wstrb, 8), OUT(m_axi_wlast, 1), OUT(m_axi_wvalid, 1),
    IN(m_axi_wready, 1),
    IN(m_axi_bid, 4), IN(m_axi_bresp, 2), IN(m_axi_bvalid, 1), OUT(m_axi_bready, 1),
    OUT(m_axi_arid, 4), OUT(m_axi_araddr, 64), OUT(m_axi_arlen, 8), OUT(m_axi_arsize, 3),
    OUT(m_axi_arburst, 2), OUT(m_axi_arlock, 1), OUT(m_axi_arcache, 4), OUT(m_axi_arprot, 3),
    OUT(m_axi_arvalid, 1), IN(m_axi_arready, 1),
    IN(m_axi_rid, 4), IN(m_axi_rdata, 64), IN(m_axi_rresp, 2), IN(m_axi_rlast, 1),
    IN(m_axi_rvalid, 1), OUT(m_axi_rready, 1),
    OUT(irq, NICSIM_NUM_QUEUES),
};

#undef IN
#undef OUT
#undef NICSIM_PORT

const PortDesc* portTable(std::size_t* count) {
    *count = sizeof(kPorts) / sizeof(kPorts[0]);
    return kPorts;
}

}  // namespace nicsim
