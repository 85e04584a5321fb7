// cpp_harness.cpp — the practical speed limit of a nicsim run: the same Verilated nic_top and the
// same native bus-functional models (nicsim::Model) the JNI bridge uses, driven by a C++ host
// loop with no JVM and no JNI. Built by build-lib.sh next to libnicsim-nic_top.so as
// jni/target/native/nicsim-cpp-harness.
//
// The host loop is, step for step, the Java benchmark's lean loop (org.nicsim.bench.LeanLoop over
// org.nicsim.driver.NicDriver): same attach sequence, same host-memory layout, same service pass
// every INTERVAL cycles, so both must simulate the same number of cycles for the same frames.
// Every received frame is forwarded on the TX ring of its queue.
//
// usage: nicsim-cpp-harness key=value ...   (every key but ico= and digest= is required; see Args below)
// output: one line "cycles=... frames=... seconds=... ..." on stdout; exit 0, or 3 with a message.
// Its ico= says whether the rising edge skipped the input-combinational pass (gate-ico.sh); with
// digest=on it also prints digest=, folded over every transmitted frame and its cycle, which the
// skip must not change (off by default: the fold is work in the timed loop).
#include "model.h"
#include "nic_regs.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nicsim::EventKind;

// CPU time of this thread: the simulation's own cost, whatever else the machine runs
double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
using nicsim::Model;

// the register map, generated from regmap/nic_regs.json like the driver's NicRegisters
namespace R = nicsim::nic_regs;
constexpr uint64_t kMmioDrainCycles = 10000;
constexpr uint64_t kStallCycles = 200000;

struct Args {
    std::string frames;   // frame file written by org.nicsim.bench.FramePool, or synthetic:64B / synthetic:IMIX
    uint64_t count = 0;   // frames measured
    uint64_t warmup = 0;  // frames before the measurement starts
    int queues = 0, rxRing = 0, rxBuffers = 0, bufSize = 0, txRing = 0;
    uint32_t hashTypes = 0;
    std::vector<uint8_t> key;  // 40 bytes
    uint64_t seed = 1, mem = 0, interval = 0, depth = 0;
    uint32_t gap = 0;     // idle cycles before every RX frame
    bool gateIco = true;  // ico=every evaluates the input-combinational region on every eval() (gate-ico.sh)
    bool digest = false;  // digest=on: fold the transmitted frames into a digest (Host::digest)
};

std::vector<uint8_t> hexBytes(const std::string& s) {
    if (s.size() != 80) throw std::invalid_argument("key must be 80 hex digits");
    std::vector<uint8_t> out(40);
    for (int i = 0; i < 40; ++i) out[i] = static_cast<uint8_t>(std::stoul(s.substr(2 * i, 2), nullptr, 16));
    return out;
}

Args parse(int argc, char** argv) {
    std::map<std::string, std::string> kv;
    for (int i = 1; i < argc; ++i) {
        const char* eq = std::strchr(argv[i], '=');
        if (!eq) throw std::invalid_argument(std::string("argument without '=': ") + argv[i]);
        kv[std::string(argv[i], static_cast<std::size_t>(eq - argv[i]))] = eq + 1;
    }
    auto need = [&](const char* k) -> const std::string& {
        auto it = kv.find(k);
        if (it == kv.end()) throw std::invalid_argument(std::string("missing argument ") + k + "=");
        return it->second;
    };
    auto num = [&](const char* k) { return std::stoull(need(k), nullptr, 0); };
    Args a;
    a.frames = need("frames");
    a.count = num("count");
    a.warmup = num("warmup");
    a.queues = static_cast<int>(num("queues"));
    a.rxRing = static_cast<int>(num("rxRing"));
    a.rxBuffers = static_cast<int>(num("rxBuffers"));
    a.bufSize = static_cast<int>(num("bufSize"));
    a.txRing = static_cast<int>(num("txRing"));
    a.hashTypes = static_cast<uint32_t>(num("hashTypes"));
    a.key = hexBytes(need("key"));
    a.seed = num("seed");
    a.mem = num("mem");
    a.interval = num("interval");
    a.depth = num("depth");
    a.gap = static_cast<uint32_t>(num("gap"));
    if (kv.count("ico")) {
        if (kv["ico"] != "every" && kv["ico"] != "gated") throw std::invalid_argument("ico= is every or gated");
        a.gateIco = kv["ico"] == "gated";
    }
    if (kv.count("digest")) {
        if (kv["digest"] != "on" && kv["digest"] != "off") throw std::invalid_argument("digest= is on or off");
        a.digest = kv["digest"] == "on";
    }
    if (a.queues < 1 || a.queues > static_cast<int>(nicsim::Model::kNumQueues) || a.count == 0 || a.interval == 0)
        throw std::invalid_argument("queues must be 1.." + std::to_string(nicsim::Model::kNumQueues) + ", count and interval > 0");
    return a;
}

// Training traffic for the profile-guided build (frames=synthetic:64B or frames=synthetic:IMIX):
// the sizes and protocol mix of the benchmark's profiles (org.nicsim.bench.BenchTraffic) from a
// fixed generator, so the build needs neither a frame file nor the JVM. 64 flows; per 10 frames
// 4 IPv4 TCP, 3 IPv4 UDP, 2 IPv6 UDP and 1 of another EtherType; the payload is generator bytes.
std::vector<std::vector<uint8_t>> syntheticFrames(const std::string& profile) {
    static const int kImix[] = {64, 576, 64, 64, 576, 64, 1514, 64, 576, 64, 64, 576};  // BenchTraffic.IMIX
    const bool imix = profile == "IMIX";
    if (!imix && profile != "64B") throw std::invalid_argument("frames=synthetic:" + profile + ": the profile is 64B or IMIX");
    uint64_t x = 0x2545F4914F6CDD1Dull;  // xorshift64: the same frames on every machine
    auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    auto be16 = [](std::vector<uint8_t>& f, std::size_t at, uint32_t v) {
        f[at] = static_cast<uint8_t>(v >> 8);
        f[at + 1] = static_cast<uint8_t>(v);
    };
    std::vector<std::vector<uint8_t>> out;
    for (int i = 0; i < 1200; ++i) {
        const std::size_t len = imix ? kImix[i % 12] : 64;
        std::vector<uint8_t> f(len);
        for (auto& b : f) b = static_cast<uint8_t>(next());
        const uint8_t flow = static_cast<uint8_t>(next() % 64);
        const int kind = i % 10;
        const uint8_t mac[12] = {0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0x01, flow};
        std::memcpy(f.data(), mac, sizeof mac);
        std::size_t l4 = 0;
        uint8_t proto = (kind < 4) ? 6 : 17;
        if (kind < 7) {  // IPv4, no options
            be16(f, 12, 0x0800);
            const uint8_t ip[20] = {0x45, 0, 0, 0, 0, 0, 0x40, 0, 64, proto, 0, 0, 10, 0, flow, 1, 10, 1, 0, 1};
            std::memcpy(&f[14], ip, sizeof ip);
            be16(f, 16, static_cast<uint32_t>(len - 14));
            l4 = 34;
        } else if (kind < 9) {  // IPv6, UDP
            be16(f, 12, 0x86DD);
            uint8_t ip[40] = {0x60, 0, 0, 0, 0, 0, 17, 64};
            ip[8] = 0xFD;
            ip[23] = flow;
            ip[24] = 0xFD;
            ip[39] = 1;
            std::memcpy(&f[14], ip, sizeof ip);
            be16(f, 18, static_cast<uint32_t>(len - 54));
            l4 = 54;
        } else {
            be16(f, 12, 0x88B5);  // local experimental EtherType: no RSS fields
        }
        if (l4 != 0) {
            be16(f, l4, 1024u + flow);
            be16(f, l4 + 2, proto == 6 ? 80 : 4789);
            if (proto == 6) f[l4 + 12] = 0x50;  // data offset 5 words
            else be16(f, l4 + 4, static_cast<uint32_t>(len - l4));
        }
        out.push_back(std::move(f));
    }
    return out;
}

// frame file: "NSBFRM01", u32 count, then per frame u16 length + bytes (little-endian)
std::vector<std::vector<uint8_t>> readFrames(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open frame file " + path);
    char magic[8];
    uint32_t n = 0;
    in.read(magic, 8);
    in.read(reinterpret_cast<char*>(&n), 4);
    if (!in || std::memcmp(magic, "NSBFRM01", 8) != 0 || n == 0)
        throw std::runtime_error(path + " is not a nicsim frame file");
    std::vector<std::vector<uint8_t>> frames(n);
    for (auto& f : frames) {
        uint16_t len = 0;
        in.read(reinterpret_cast<char*>(&len), 2);
        f.resize(len);
        in.read(reinterpret_cast<char*>(f.data()), len);
        if (!in || len == 0) throw std::runtime_error(path + ": truncated frame file");
    }
    return frames;
}

// little-endian host-memory accessors (x86: plain unaligned loads/stores through memcpy)
template <typename T>
T get(const uint8_t* m, uint64_t off) {
    T v;
    std::memcpy(&v, m + off, sizeof v);
    return v;
}
template <typename T>
void put(uint8_t* m, uint64_t off, T v) {
    std::memcpy(m + off, &v, sizeof v);
}

// NicDriver's DmaAllocator: bump allocation, aligned bus addresses, host base 0
struct Allocator {
    uint64_t next = 0, capacity;
    explicit Allocator(uint64_t cap) : capacity(cap) {}
    uint64_t allocate(uint64_t len, uint64_t align) {
        const uint64_t addr = (next + align - 1) & ~(align - 1);
        if (addr + len > capacity) throw std::runtime_error("host memory exhausted");
        next = addr + len;
        return addr;
    }
};

// NicDriver's RxRing: slots remember their buffer; a harvested buffer is reposted at the tail
struct RxRing {
    int q, size;
    uint64_t ring;
    std::vector<uint64_t> slotBuf, bufs;
    int next = 0, tail = 0;
    int bufSize;

    void post(uint8_t* m, uint64_t b) {
        const uint64_t d = ring + uint64_t(tail) * 16;
        put<uint64_t>(m, d, b);
        put<uint16_t>(m, d + 8, static_cast<uint16_t>(bufSize));
        put<uint16_t>(m, d + 10, 0);
        put<uint32_t>(m, d + 12, 0);
        slotBuf[tail] = b;
        tail = (tail + 1) & (size - 1);
    }
};

// NicDriver's TxRing: every descriptor EOP|RS, reclaim by DD, one tail write per start
struct TxRing {
    int q, size;
    uint64_t ring;
    std::vector<uint64_t> bufs;
    int tail = 0, clean = 0, inFlight = 0;
    uint32_t cookie = 0;
};

class Host {
public:
    Host(const Args& a, Model& m, uint8_t* mem) : a_(a), m_(m), mem_(mem), alloc_(a.mem), irq_(0) {}

    void attach() {
        if (m_.mmioRead(R::ID) != R::ID_VALUE) throw std::runtime_error("no nicsim NIC");  // identify first
        m_.mmio().write(R::CTRL, R::CTRL_SOFT_RESET, 0xF);
        bool reset = false;
        for (int i = 0; i < 1000 && !reset; ++i) reset = (m_.mmioRead(R::CTRL) & R::CTRL_SOFT_RESET) == 0;
        if (!reset) throw std::runtime_error("soft reset did not complete");
        m_.mmioRead(R::VERSION);
        const uint32_t caps = m_.mmioRead(R::CAPS);
        if (static_cast<int>((caps >> R::CAPS_NUM_QUEUES_SHIFT) & R::CAPS_NUM_QUEUES_MASK) < a_.queues) throw std::runtime_error("the NIC has too few queues");
        for (int i = 0; i < 10; ++i) {
            const uint8_t* k = &a_.key[4 * i];
            w(R::RSS_KEY_BASE + 4 * i, uint32_t(k[0]) << 24 | uint32_t(k[1]) << 16 | uint32_t(k[2]) << 8 | k[3]);
        }
        w(R::RSS_HASH_TYPES, a_.hashTypes);
        for (int i = 0; i < 32; ++i) {
            uint32_t word = 0;
            for (int k = 0; k < 4; ++k) word |= uint32_t((4 * i + k) % a_.queues) << (8 * k);
            w(R::RETA_BASE + 4 * i, word);
        }
        w(R::DEFAULT_QUEUE, 0);
        for (int q = 0; q < a_.queues; ++q) {
            RxRing r{q, a_.rxRing, alloc_.allocate(uint64_t(a_.rxRing) * 16, 4096), {}, {}, 0, 0, a_.bufSize};
            r.slotBuf.assign(a_.rxRing, 0);
            for (int i = 0; i < a_.rxBuffers; ++i) r.bufs.push_back(alloc_.allocate(a_.bufSize, 64));
            TxRing t{q, a_.txRing, alloc_.allocate(uint64_t(a_.txRing) * 16, 4096), {}};
            for (int i = 0; i < a_.txRing; ++i) t.bufs.push_back(alloc_.allocate(a_.bufSize, 64));
            w(R::queueReg(q, R::RXQ_BASE_LO), static_cast<uint32_t>(r.ring));
            w(R::queueReg(q, R::RXQ_BASE_HI), static_cast<uint32_t>(r.ring >> 32));
            w(R::queueReg(q, R::RXQ_SIZE), a_.rxRing);
            for (uint64_t b : r.bufs) r.post(mem_, b);
            w(R::queueReg(q, R::RXQ_TAIL), r.tail);
            w(R::queueReg(q, R::TXQ_BASE_LO), static_cast<uint32_t>(t.ring));
            w(R::queueReg(q, R::TXQ_BASE_HI), static_cast<uint32_t>(t.ring >> 32));
            w(R::queueReg(q, R::TXQ_SIZE), a_.txRing);
            rx_.push_back(std::move(r));
            tx_.push_back(std::move(t));
            backlog_.emplace_back();
        }
        w(R::IRQ_STATUS, 0xFFFFFFFFu);
        w(R::IRQ_MASK, (1u << a_.queues) - 1);
        w(R::CTRL, R::CTRL_RX_EN | R::CTRL_TX_EN);
        mmioDrain();
        m_.events().discardPending();
    }

    // one host pass after a slice: interrupts (harvest, refill, forward), TX reclaim/restart, TX sink
    void servicePass() {
        for (const auto& e : m_.events().pending()) {
            if (e.kind == EventKind::IrqRise) irq_ |= 1u << e.queue;
            else if (e.kind == EventKind::IrqFall) irq_ &= ~(1u << e.queue);
        }
        m_.events().discardPending();
        for (int q = 0; q < a_.queues; ++q) {
            if (!(irq_ & (1u << q))) continue;
            w(R::IRQ_STATUS, 1u << q);
            mmioDrain();
            harvest(rx_[q]);
            if (!backlog_[q].empty()) txStart(tx_[q], backlog_[q]);
        }
        for (int q = 0; q < a_.queues; ++q) {
            if (reclaim(tx_[q]) > 0 && !backlog_[q].empty()) txStart(tx_[q], backlog_[q]);
        }
        nicsim::AxisSink& sink = m_.tx();
        for (const auto& f : sink.done()) {
            ++transmitted;
            if (!a_.digest) continue;
            const uint8_t* b = sink.bytes(f);
            for (std::size_t i = 0; i < f.length; ++i) fold(b[i]);
            for (int i = 0; i < 64; i += 8) fold(static_cast<uint8_t>(f.lastCycle >> i));
        }
        sink.discardDone();
    }

    uint64_t harvested = 0, transmitted = 0;
    // with digest=on, FNV-1a over every transmitted frame's bytes and last-beat cycle: builds and
    // options that must not change what the model does (ico=every) print the same digest
    uint64_t digest = 0xcbf29ce484222325ull;

private:
    void fold(uint8_t b) { digest = (digest ^ b) * 0x100000001b3ull; }
    void w(uint32_t addr, uint32_t v) { m_.mmio().write(addr, v, 0xF); }

    // NicModel.mmioDrain: run until the MMIO queue is empty, stopping at MMIO_IDLE events
    void mmioDrain() {
        uint64_t used = 0;
        uint32_t seen = 0;
        while (m_.mmio().pending() > 0) {
            if (used >= kMmioDrainCycles) throw std::runtime_error("MMIO did not drain");
            used += m_.run(kMmioDrainCycles - used, 1u << static_cast<uint32_t>(EventKind::MmioIdle), &seen);
        }
    }

    void harvest(RxRing& r) {
        bool took = false;
        int n = 0;
        while (n < r.size && r.next != r.tail) {
            const uint64_t d = r.ring + uint64_t(r.next) * 16;
            if (!(get<uint16_t>(mem_, d + 6) & 1)) break;
            const uint64_t b = r.slotBuf[r.next];
            const uint16_t len = get<uint16_t>(mem_, d + 8);
            if (len != 0) {
                backlog_[r.q].emplace_back(mem_ + b, mem_ + b + len);
                ++harvested;
                ++n;
            }
            took = true;
            r.slotBuf[r.next] = 0;
            r.next = (r.next + 1) & (r.size - 1);
            r.post(mem_, b);
        }
        if (took) w(R::queueReg(r.q, R::RXQ_TAIL), r.tail);
    }

    void txStart(TxRing& t, std::deque<std::vector<uint8_t>>& src) {
        int unannounced = 0;
        while (t.size - 1 - t.inFlight > 0 && !src.empty()) {
            const std::vector<uint8_t>& f = src.front();
            const uint64_t b = t.bufs[t.tail];
            std::memcpy(mem_ + b, f.data(), f.size());
            const uint64_t d = t.ring + uint64_t(t.tail) * 16;
            put<uint64_t>(mem_, d, b);
            put<uint16_t>(mem_, d + 8, static_cast<uint16_t>(f.size()));
            mem_[d + 10] = 3;  // EOP | RS
            mem_[d + 11] = 0;
            put<uint32_t>(mem_, d + 12, t.cookie++);
            t.tail = (t.tail + 1) & (t.size - 1);
            ++t.inFlight;
            ++unannounced;
            src.pop_front();
        }
        if (unannounced > 0) w(R::queueReg(t.q, R::TXQ_TAIL), t.tail);
    }

    int reclaim(TxRing& t) {
        int n = 0;
        while (t.inFlight > 0) {
            const uint64_t d = t.ring + uint64_t(t.clean) * 16;
            if (!(mem_[d + 11] & 1)) break;
            mem_[d + 11] = 0;
            t.clean = (t.clean + 1) & (t.size - 1);
            --t.inFlight;
            ++n;
        }
        return n;
    }

    const Args& a_;
    Model& m_;
    uint8_t* mem_;
    Allocator alloc_;
    uint32_t irq_;
    std::vector<RxRing> rx_;
    std::vector<TxRing> tx_;
    std::vector<std::deque<std::vector<uint8_t>>> backlog_;
};

int runBench(const Args& a) {
    const std::string synthetic = "synthetic:";
    const auto frames = a.frames.compare(0, synthetic.size(), synthetic) == 0
                            ? syntheticFrames(a.frames.substr(synthetic.size()))
                            : readFrames(a.frames);
    // calloc: the kernel hands out zero pages as they are first touched, not 11 MB zeroed up front
    const std::unique_ptr<uint8_t, decltype(&std::free)> memory(static_cast<uint8_t*>(std::calloc(a.mem, 1)), &std::free);
    if (!memory) throw std::runtime_error("cannot allocate " + std::to_string(a.mem) + " bytes of host memory");
    nicsim::ModelConfig cfg{};
    cfg.seed = a.seed;
    cfg.mem = nicsim::HostMemConfig{memory.get(), a.mem, 0, 16, 4, 8};  // NicModelOptions defaults
    cfg.txBackpressurePpm = 0;
    cfg.mmioTimeoutCycles = 100000;
    cfg.gateIco = a.gateIco;
    Model model(cfg);
    Host host(a, model, memory.get());
    host.attach();

    using Clock = std::chrono::steady_clock;
    const uint64_t total = a.warmup + a.count;
    uint64_t injected = 0, progressCycle = model.cycle(), lastDone = 0, c0 = 0, f0 = 0;
    bool measuring = a.warmup == 0;
    Clock::time_point t0 = Clock::now();
    double cpu0 = threadCpuSeconds();
    c0 = model.cycle();
    uint32_t seen = 0;
    while (host.transmitted < total) {
        for (uint64_t room = a.depth - std::min<uint64_t>(a.depth, model.rx().pending()); room > 0 && injected < total;
             --room) {
            const auto& f = frames[injected % frames.size()];
            model.rx().enqueue(std::vector<uint8_t>(f), false, a.gap);
            ++injected;
        }
        model.run(a.interval, 0, &seen);
        host.servicePass();
        if (!measuring && host.transmitted >= a.warmup) {
            measuring = true;
            t0 = Clock::now();
            cpu0 = threadCpuSeconds();
            c0 = model.cycle();
            f0 = host.transmitted;
        }
        const uint64_t done = host.harvested + host.transmitted;
        if (done != lastDone) {
            lastDone = done;
            progressCycle = model.cycle();
        } else if (model.cycle() - progressCycle > kStallCycles) {
            std::fprintf(stderr, "nicsim-cpp-harness: no progress for %llu cycles: %llu injected, %llu received, "
                         "%llu transmitted (frames dropped?)\n", static_cast<unsigned long long>(kStallCycles),
                         static_cast<unsigned long long>(injected), static_cast<unsigned long long>(host.harvested),
                         static_cast<unsigned long long>(host.transmitted));
            return 3;
        }
    }
    const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = threadCpuSeconds() - cpu0;
    char digest[32] = "";
    if (a.digest)
        std::snprintf(digest, sizeof digest, " digest=%016llx", static_cast<unsigned long long>(host.digest));
    std::printf("cycles=%llu frames=%llu seconds=%.6f cpu_seconds=%.6f total_cycles=%llu received=%llu "
                "transmitted=%llu%s ico=%s\n",
                static_cast<unsigned long long>(model.cycle() - c0),
                static_cast<unsigned long long>(host.transmitted - f0), secs, cpu,
                static_cast<unsigned long long>(model.cycle()), static_cast<unsigned long long>(host.harvested),
                static_cast<unsigned long long>(host.transmitted), digest, model.icoGated() ? "gated" : "every");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return runBench(parse(argc, argv));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "nicsim-cpp-harness: %s\n", e.what());
        return 3;
    }
}
