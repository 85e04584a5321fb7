#include "model.h"

#include "errors.h"
#include "Vnic.h"
#include "verilated.h"
#include "verilated_fst_c.h"
#if VM_COVERAGE
#include "verilated_cov.h"
#endif

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace nicsim {

namespace {
// The Verilated top and whether its inputs are those of its last eval(), clk aside: the only Vnic
// the bridge makes, so the generated code may ask any Vnic (gate-ico.sh, inputsSettled below).
class GatedVnic final : public Vnic {
public:
    using Vnic::Vnic;
    bool inputsUnchanged = false;
    mutable bool asked = false;   // the generated code asks: the build gated the region
};

// Verilator's randSeed(0) means "seed from the clock"; map every 64-bit seed to a fixed,
// non-zero 31-bit one (splitmix64 finalizer) so the X-initialisation is a function of the seed.
int contextSeed(uint64_t seed) {
    uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    const int s = static_cast<int>(z & 0x7FFFFFFF);
    return s ? s : 1;
}

// FST headers carry the wall-clock date (fstapi.c writes asctime() at offset 202, 119 bytes,
// and VerilatedFst gives no access to fstWriterSetDate). Overwrite it after close so the same
// run always produces the same bytes.
constexpr long kFstDateOffset = 1 + 8 + 8 * 8 + 1 + 128;  // tag, block length, 8 u64 fields, timescale, version
constexpr std::size_t kFstDateSize = 119;

void makeFstDeterministic(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "r+b");
    if (!f) throw TraceWriteError("cannot reopen trace file " + path + ": " + std::strerror(errno));
    bool ok = true;
    if (std::fgetc(f) == 0 /* FST_BL_HDR */ && std::fseek(f, kFstDateOffset, SEEK_SET) == 0) {
        char date[kFstDateSize] = {};
        std::snprintf(date, sizeof date, "%s", "nicsim: date omitted for reproducible traces\n");
        ok = std::fwrite(date, 1, sizeof date, f) == sizeof date;
    }
    ok = std::fclose(f) == 0 && ok;
    if (!ok) throw TraceWriteError("cannot write trace file " + path + ": " + std::strerror(errno));
}

// fstapi ignores failed writes (ENOSPC, EFBIG), leaving a truncated file that readers hang on.
// A complete FST is a chain of blocks (type byte, 8-byte big-endian length counting itself) that
// ends exactly at the end of the file and holds a hierarchy block; check that after close.
void requireCompleteFst(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw TraceWriteError("cannot read back trace file " + path + ": " + std::strerror(errno));
    const long size = std::fseek(f, 0, SEEK_END) == 0 ? std::ftell(f) : -1;
    long pos = 0;
    bool hierarchy = false;
    while (pos < size && std::fseek(f, pos, SEEK_SET) == 0) {
        const int type = std::fgetc(f);
        unsigned char len[8];
        if (type == EOF || std::fread(len, 1, 8, f) != 8) break;
        uint64_t n = 0;
        for (unsigned char b : len) n = (n << 8) | b;
        if (n < 8 || n > static_cast<uint64_t>(size - pos - 1)) break;  // runs past the end of the file
        hierarchy |= type == 4 || type == 6 || type == 7;                 // FST_BL_HIER, _HIER_LZ4, _HIER_LZ4DUO
        pos += 1 + static_cast<long>(n);
    }
    std::fclose(f);
    if (size <= 0 || pos != size || !hierarchy)
        throw TraceWriteError("trace file " + path + " is incomplete (" + std::to_string(size) +
                              " bytes, the last whole block ends at byte " + std::to_string(pos) +
                              "): the disk is full or a file size limit was hit");
}
}  // namespace

Model::Model(const ModelConfig& cfg)
    : cfg_(cfg),
      ctx_(std::make_unique<VerilatedContext>()),
      axil_(DoorbellMonitor(cfg.doorbells)),
      source_(cfg.seed, cfg.rxIdlePpm),
      sink_(cfg.seed, cfg.txBackpressurePpm),
      mem_(cfg.mem) {
    ctx_->randReset(2);                  // X-initialise registers randomly...
    ctx_->randSeed(contextSeed(cfg.seed));  // ...from this seed (also resets the thread RNG)
    ctx_->traceEverOn(true);             // so tracing can be switched on at any cycle
    ctx_->fatalOnError(true);
    bindThread();                        // the constructor draws the X-initial values
    top_ = std::make_unique<GatedVnic>(ctx_.get(), "TOP");
    const int prec = ctx_->timeprecision();  // e.g. -12 for `timescale 1ns/1ps
    if (prec > -9) throw StateError("model time precision is coarser than 1 ns");
    psPerHalfCycle_ = 2;
    for (int p = -9; p > prec; --p) psPerHalfCycle_ *= 10;
    top_->clk = 0;
    reset();
}

Model::~Model() {
    if (trace_) {
        try {
            traceOff();
        } catch (...) {
        }
    }
    // Verilator's scope destructors look up Verilated::threadContextp(): it must be ours
    bindThread();
    if (top_ && !dead_) {
        try {
            top_->final();
        } catch (...) {
        }
    }
    top_.reset();
    ctx_.reset();
    Verilated::threadContextp(nullptr);  // leave no dangling "current context" behind
}

void Model::bindThread() { Verilated::threadContextp(ctx_.get()); }

void Model::reset() {
    bindThread();
    axil_.clear();
    source_.clear();
    sink_.clear();
    mem_.clear();
    Vnic& m = *top_;
    for (uint32_t i = 0; i < kResetCycles; ++i) {
        m.rst = 1;
        axil_.driveIdle(m);
        source_.driveIdle(m);
        sink_.driveIdle(m);
        mem_.driveIdle(m);
        pinCycle();
    }
    m.rst = 0;
    eval();
    irqPrev_ = m.irq;
}

void Model::dump(uint64_t halfCycle) {
    if (trace_) trace_->dump(halfCycle * psPerHalfCycle_);
}

void Model::eval() {
    bindThread();
    top_->eval();
}

bool inputsSettled(const Vnic* model) {
    const auto* m = static_cast<const GatedVnic*>(model);
    m->asked = true;
    return m->inputsUnchanged;
}

bool Model::icoGated() const { return static_cast<const GatedVnic&>(*top_).asked && cfg_.gateIco; }

void Model::risingEdge() {
    auto& m = static_cast<GatedVnic&>(*top_);
    m.clk = 1;
    // nothing but clk changed since the eval() with clk low: its input-combinational values hold
    m.inputsUnchanged = cfg_.gateIco;
    struct Clear {
        bool& flag;
        ~Clear() { flag = false; }
    } clear{m.inputsUnchanged};
    m.eval();
}

void Model::pinCycle() {
    Vnic& m = *top_;
    m.clk = 0;
    m.eval();
    dump(2 * cycle_);
    risingEdge();
    dump(2 * cycle_ + 1);
    ++cycle_;
}

void Model::bfmCycle() {
    Vnic& m = *top_;
    axil_.drive(m);
    source_.drive(m);
    sink_.drive(m);
    mem_.drive(m, cycle_);
    m.clk = 0;
    m.eval();
    dump(2 * cycle_);
    // settled, before the edge: what the DUT will see at the rising edge
    axil_.clock(m, cycle_, log_);
    source_.clock(m, cycle_, log_);
    sink_.clock(m, cycle_, log_);
    mem_.clock(m, cycle_, log_);
    stages_.sample(m, cycle_);
    const uint32_t irq = m.irq;
    if (irq != irqPrev_) {
        for (uint32_t q = 0; q < kNumQueues; ++q) {
            const uint32_t bit = 1u << q;
            if ((irq ^ irqPrev_) & bit)
                log_.add(cycle_, (irq & bit) ? EventKind::IrqRise : EventKind::IrqFall,
                         static_cast<int32_t>(q), 0);
        }
        irqPrev_ = irq;
    }
    risingEdge();
    dump(2 * cycle_ + 1);
    ++cycle_;
}

uint64_t Model::run(uint64_t maxCycles, uint32_t stopMask, uint32_t* seen) {
    if (pinMode_) throw StateError("run() needs BFM mode; the model is in pin mode (setPinMode(false))");
    bindThread();
    log_.clearSeen();
    uint64_t n = 0;
    while (n < maxCycles) {
        bfmCycle();
        ++n;
        if (log_.seen() & stopMask) break;
    }
    *seen = log_.seen();
    return n;
}

uint32_t Model::mmioRead(uint32_t addr) {
    if (pinMode_) throw StateError("mmioRead() needs BFM mode; the model is in pin mode (setPinMode(false))");
    bindThread();
    const uint64_t token = axil_.read(addr);
    AxilMaster::ReadResult r{};
    for (uint64_t n = 0; n < cfg_.mmioTimeoutCycles; ++n) {
        bfmCycle();
        if (axil_.takeResult(token, &r)) return r.value;
    }
    throw TimeoutError("MMIO read of 0x" + [&] {
        char b[16];
        std::snprintf(b, sizeof b, "%04X", addr);
        return std::string(b);
    }() + " did not return within " + std::to_string(cfg_.mmioTimeoutCycles) +
                       " cycles (cycle " + std::to_string(cycle_) + ")");
}

void Model::step(uint64_t n) {
    if (!pinMode_) throw StateError("step() drives no BFMs and needs pin mode (setPinMode(true))");
    bindThread();
    for (uint64_t i = 0; i < n; ++i) pinCycle();
}

void Model::traceOn(const std::string& path, int levels) {
#if !VM_TRACE
    (void)levels;
    throw StateError("this model library was built without FST tracing (the untraced variant, for runs "
                     "with waveforms off); open the default library to trace to " + path);
#else
    if (trace_) throw StateError("tracing is already on (to " + tracePath_ + "); call traceOff() first");
    FILE* probe = std::fopen(path.c_str(), "wb");
    if (!probe) throw ArgumentError("cannot create trace file " + path + ": " + std::strerror(errno));
    std::fclose(probe);
    bindThread();
    auto t = std::make_unique<VerilatedFstC>();
    // levels 0 = everything; n = signals at most n scopes below the root ("TOP")
    if (levels > 0) t->dumpvars(levels, "TOP");
    top_->trace(t.get(), 99);
    t->open(path.c_str());
    trace_ = std::move(t);
    tracePath_ = path;
#endif
}

void Model::writeCoverage(const std::string& path) {
#if VM_COVERAGE
    bindThread();
    ctx_->coveragep()->write(path.c_str());
#else
    throw StateError("this model library has no code coverage (build the coverage variant: "
                     "build-lib.sh nic_top DIR coverage); cannot write " + path);
#endif
}

void Model::traceOff() {
    if (!trace_) return;
    trace_->close();
    trace_.reset();
    const std::string path = std::move(tracePath_);
    tracePath_.clear();
    requireCompleteFst(path);
    makeFstDeterministic(path);
}

void Model::markDead(const std::string& why) {
    dead_ = true;
    deathReason_ = why;
    try {
        traceOff();
    } catch (...) {
    }
}

}  // namespace nicsim
