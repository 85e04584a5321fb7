// model.h — one simulated NIC instance: its own VerilatedContext, the Verilated model (class Vnic
// for every top), the bus-functional models, the event log and an optional FST trace.
//
// Cycle c covers trace time [4c, 4c+4) ns (250 MHz): inputs are driven with clk low at 4c, the
// model settles, the BFMs sample the handshakes, and the rising edge is at 4c+2. Nothing but clk
// changes between those two evaluations, so the edge's skips the input-combinational pass where
// the build could gate it (gate-ico.sh; ModelConfig::gateIco).
#pragma once

#ifndef NICSIM_NUM_QUEUES
#error "NICSIM_NUM_QUEUES must be the NUM_QUEUES parameter the model was verilated with"
#endif

#include "axi_host_mem.h"
#include "axil_master.h"
#include "axis_sink.h"
#include "axis_source.h"
#include "doorbell_monitor.h"
#include "events.h"
#include "stage_monitor.h"

#include <cstdint>
#include <memory>
#include <string>

class Vnic;
class VerilatedContext;
class VerilatedFstC;

namespace nicsim {

struct ModelConfig {
    uint64_t seed;
    HostMemConfig mem;
    uint32_t txBackpressurePpm;
    uint64_t mmioTimeoutCycles;
    DoorbellWindow doorbells;
    uint32_t rxIdlePpm = 0;   // RX stream: probability of an idle cycle after a beat inside a frame
    // skip the input-combinational pass of the rising edge's eval() where the build could gate it
    // (gate-ico.sh); false evaluates it every time, for pricing the gate (nicsim-cpp-harness ico=every)
    bool gateIco = true;
};

// Asked by the Verilated code at the start of each eval() (gate-ico.sh): true when the model's
// inputs, clk aside, are those of its previous eval(), so its input-combinational values hold.
bool inputsSettled(const Vnic* model);

class Model {
public:
    static constexpr uint32_t kResetCycles = 8;
    // queue pairs of the verilated top (its NUM_QUEUES; the width of irq)
    static constexpr uint32_t kNumQueues = NICSIM_NUM_QUEUES;
    static_assert(kNumQueues >= 1 && kNumQueues <= 32, "the irq monitor keeps the irq port in 32 bits");

    explicit Model(const ModelConfig& cfg);
    ~Model();
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    uint64_t cycle() const { return cycle_; }
    void reset();

    // BFM mode; returns cycles run, sets *seen to the mask of event kinds logged
    uint64_t run(uint64_t maxCycles, uint32_t stopMask, uint32_t* seen);
    uint32_t mmioRead(uint32_t addr);
    AxilMaster& mmio() { return axil_; }
    AxisSource& rx() { return source_; }
    AxisSink& tx() { return sink_; }
    EventLog& events() { return log_; }
    StageMonitor& stages() { return stages_; }

    // pin mode
    bool pinMode() const { return pinMode_; }
    void setPinMode(bool on) {
        pinMode_ = on;
        axil_.redrive();   // pin mode may have left other values on the ports the BFMs drive
        source_.redrive();
    }
    void step(uint64_t n);
    void eval();
    Vnic& top() { return *top_; }

    // whether the rising edge's eval() skips the input-combinational pass: the build gated the
    // region (gate-ico.sh) and the configuration allows it; known after the first cycle
    bool icoGated() const;

    void traceOn(const std::string& path, int levels);
    void traceOff();
    // writes the line/toggle counters to path (verilator_coverage format); a library built
    // without the coverage variant has none and refuses
    void writeCoverage(const std::string& path);
    bool tracing() const { return static_cast<bool>(trace_); }

    // called when a Verilator fatal escaped eval(): closes the trace so it stays readable
    void markDead(const std::string& why);
    bool dead() const { return dead_; }
    const std::string& deathReason() const { return deathReason_; }

private:
    void bfmCycle();
    void pinCycle();
    void risingEdge();
    void dump(uint64_t halfCycle);
    void bindThread();

    ModelConfig cfg_;
    std::unique_ptr<VerilatedContext> ctx_;
    std::unique_ptr<Vnic> top_;
    std::unique_ptr<VerilatedFstC> trace_;
    std::string tracePath_;
    uint64_t psPerHalfCycle_ = 2000;   // trace time units (model precision) per 2 ns
    AxilMaster axil_;
    AxisSource source_;
    AxisSink sink_;
    AxiHostMem mem_;
    EventLog log_;
    StageMonitor stages_;
    uint64_t cycle_ = 0;
    uint32_t resetLeft_ = 0;
    uint32_t irqPrev_ = 0;
    bool pinMode_ = false;
    bool dead_ = false;
    std::string deathReason_;
};

}  // namespace nicsim
