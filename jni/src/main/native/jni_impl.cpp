// jni_impl.cpp — the implementation behind the JNI trampolines, one copy per model library.
//
// Every entry point validates its handle (a magic number at the start of the instance) and its
// arguments, runs inside guarded(), and turns each C++ exception into the matching Java
// exception in the calling thread. No global mutable state: everything hangs off the instance.
#include "bridge_api.h"
#include "errors.h"
#include "model.h"
#include "ports.h"

#include "Vnic.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#ifndef NICSIM_TOP
#error "NICSIM_TOP must name the RTL top compiled into this library"
#endif
#ifndef NICSIM_BRIDGE_HASH
#define NICSIM_BRIDGE_HASH "unknown"
#endif

namespace nicsim {
namespace {

constexpr uint64_t kMagic = 0x4E494353494D4231ull;  // "NICSIMB1"
constexpr uint64_t kDeadMagic = 0xDEADDEADDEADDEADull;

struct Instance {
    uint64_t magic = kMagic;
    std::unique_ptr<Model> model;
    jobject hostMemory = nullptr;  // global ref: keeps the direct buffer alive while we use it
};

// a JNI call already raised a Java exception: unwind and let it propagate
struct JavaPending {};

void throwJava(JNIEnv* env, const char* cls, const std::string& msg) {
    if (env->ExceptionCheck()) return;
    jclass c = env->FindClass(cls);
    if (!c) return;  // FindClass raised NoClassDefFoundError
    env->ThrowNew(c, msg.c_str());
}

Instance* checkHandle(jlong h) {
    auto* inst = reinterpret_cast<Instance*>(static_cast<uintptr_t>(h));
    if (h == 0 || (static_cast<uintptr_t>(h) % alignof(Instance)) != 0)
        throw StateError("invalid native model handle");
    if (inst->magic != kMagic) throw StateError("native model handle is stale or corrupt");
    return inst;
}

template <typename R, typename F>
R guarded(JNIEnv* env, jlong h, R dflt, F&& f, bool allowDead = false) {
    Instance* inst = nullptr;
    try {
        inst = checkHandle(h);
        if (inst->model->dead() && !allowDead)
            throw StateError("model is dead after a simulation fatal (" + inst->model->deathReason() +
                             "); only close() is allowed");
        return f(*inst);
    } catch (const SimulationStop& e) {
        std::string msg = std::string(e.what()) + " at cycle " +
                          std::to_string(inst ? inst->model->cycle() : 0);
        if (inst) inst->model->markDead(msg);
        throwJava(env, "org/nicsim/bridge/SimulationFatalException", msg);
    } catch (const JavaPending&) {
    } catch (const ArgumentError& e) {
        throwJava(env, "java/lang/IllegalArgumentException", e.what());
    } catch (const StateError& e) {
        throwJava(env, "java/lang/IllegalStateException", e.what());
    } catch (const TraceWriteError& e) {
        throwJava(env, "org/nicsim/bridge/TraceWriteException", e.what());
    } catch (const TimeoutError& e) {
        throwJava(env, "org/nicsim/bridge/SimulationTimeoutException", e.what());
    } catch (const std::bad_alloc&) {
        throwJava(env, "java/lang/OutOfMemoryError", "native bridge: out of memory");
    } catch (const std::exception& e) {
        throwJava(env, "java/lang/RuntimeException", std::string("native bridge: ") + e.what());
    } catch (...) {
        throwJava(env, "java/lang/RuntimeException", "native bridge: unknown C++ exception");
    }
    return dflt;
}

const PortDesc& port(jint id) {
    std::size_t n;
    const PortDesc* t = portTable(&n);
    if (id < 0 || static_cast<std::size_t>(id) >= n)
        throw ArgumentError("port id " + std::to_string(id) + " out of range 0.." + std::to_string(n - 1));
    return t[id];
}

void requireRange(const char* field, jlong v, jlong lo, jlong hi) {
    if (v < lo || v > hi)
        throw ArgumentError(std::string(field) + " = " + std::to_string(v) + " is outside " +
                            std::to_string(lo) + ".." + std::to_string(hi));
}

constexpr jsize kOptions = 12;

// the doorbell registers the AXI4-Lite monitor decodes: `queues` blocks of `stride` bytes from
// `base`, the doorbell `offset` bytes into each; 0 queues decodes none
DoorbellWindow doorbellWindow(jlong base, jlong stride, jlong offset, jlong queues) {
    requireRange("doorbell queues", queues, 0, Model::kNumQueues);
    if (queues == 0) return DoorbellWindow{};
    requireRange("doorbell stride", stride, 4, 0x10000);
    requireRange("doorbell offset", offset, 0, stride - 4);
    requireRange("doorbell base", base, 0, 0xFFFC);
    if ((base | stride | offset) & 3) throw ArgumentError("doorbell base, stride and offset must be 4-byte aligned");
    if (base + stride * queues > 0x10000)
        throw ArgumentError("doorbell window (base + stride * queues) does not fit the 16-bit AXI4-Lite address space");
    return DoorbellWindow{static_cast<uint32_t>(base), static_cast<uint32_t>(stride), static_cast<uint32_t>(offset),
                          static_cast<uint32_t>(queues)};
}

// ------------------------------------------------------------------------------ entry points

jlong apiOpen(JNIEnv* env, jlongArray options, jobject hostMemory) {
    Instance* created = nullptr;
    try {
        if (!options || env->GetArrayLength(options) != kOptions)
            throw ArgumentError("options must hold " + std::to_string(kOptions) + " values");
        jlong o[kOptions];
        env->GetLongArrayRegion(options, 0, kOptions, o);
        if (!hostMemory) throw ArgumentError("hostMemory must not be null");
        auto* mem = static_cast<uint8_t*>(env->GetDirectBufferAddress(hostMemory));
        const jlong cap = env->GetDirectBufferCapacity(hostMemory);
        if (!mem || cap <= 0) throw ArgumentError("hostMemory must be a non-empty direct ByteBuffer");
        requireRange("readLatency", o[2], 0, 1000000);
        requireRange("writeLatency", o[3], 0, 1000000);
        requireRange("maxOutstanding", o[4], 1, AxiHostMem::kMaxOutstanding);
        requireRange("txBackpressure (ppm)", o[5], 0, 999999);
        requireRange("mmioTimeoutCycles", o[6], 1, jlong{1} << 40);
        requireRange("rxIdle (ppm)", o[11], 0, 999999);
        const uint64_t base = static_cast<uint64_t>(o[1]);
        if (static_cast<uint64_t>(cap) - 1 > UINT64_MAX - base)
            throw ArgumentError("hostMemoryBase + hostMemoryBytes overflows the 64-bit address space");

        ModelConfig cfg{};
        cfg.seed = static_cast<uint64_t>(o[0]);
        cfg.mem = HostMemConfig{mem, static_cast<uint64_t>(cap), base, static_cast<uint32_t>(o[2]),
                                static_cast<uint32_t>(o[3]), static_cast<uint32_t>(o[4])};
        cfg.txBackpressurePpm = static_cast<uint32_t>(o[5]);
        cfg.mmioTimeoutCycles = static_cast<uint64_t>(o[6]);
        cfg.doorbells = doorbellWindow(o[7], o[8], o[9], o[10]);
        cfg.rxIdlePpm = static_cast<uint32_t>(o[11]);

        auto inst = std::make_unique<Instance>();
        inst->model = std::make_unique<Model>(cfg);
        inst->hostMemory = env->NewGlobalRef(hostMemory);
        if (!inst->hostMemory) throw JavaPending{};
        created = inst.release();
        return static_cast<jlong>(reinterpret_cast<uintptr_t>(created));
    } catch (const SimulationStop& e) {
        throwJava(env, "org/nicsim/bridge/SimulationFatalException",
                  std::string(e.what()) + " during reset at open");
    } catch (const JavaPending&) {
    } catch (const ArgumentError& e) {
        throwJava(env, "java/lang/IllegalArgumentException", e.what());
    } catch (const StateError& e) {
        throwJava(env, "java/lang/IllegalStateException", e.what());
    } catch (const std::bad_alloc&) {
        throwJava(env, "java/lang/OutOfMemoryError", "native bridge: out of memory");
    } catch (const std::exception& e) {
        throwJava(env, "java/lang/RuntimeException", std::string("native bridge: ") + e.what());
    }
    return 0;
}

void apiClose(JNIEnv* env, jlong h) {
    guarded(env, h, 0, [&](Instance& inst) {
        inst.model.reset();  // closes the trace
        env->DeleteGlobalRef(inst.hostMemory);
        inst.magic = kDeadMagic;
        delete &inst;
        return 0;
    }, true);
}

void apiReset(JNIEnv* env, jlong h) {
    guarded(env, h, 0, [&](Instance& inst) { inst.model->reset(); return 0; });
}

jlong apiCycle(JNIEnv* env, jlong h) {
    return guarded(env, h, jlong{0}, [&](Instance& inst) { return static_cast<jlong>(inst.model->cycle()); }, true);
}

jlong apiRun(JNIEnv* env, jlong h, jlong maxCycles, jint stopMask) {
    return guarded(env, h, jlong{0}, [&](Instance& inst) {
        requireRange("maxCycles", maxCycles, 0, jlong{1} << 46);
        uint32_t seen = 0;
        const uint64_t n = inst.model->run(static_cast<uint64_t>(maxCycles), static_cast<uint32_t>(stopMask), &seen);
        return static_cast<jlong>((n << 16) | (seen & 0xFFFF));
    });
}

void apiMmioWrite(JNIEnv* env, jlong h, jint addr, jint value, jint strb) {
    guarded(env, h, 0, [&](Instance& inst) {
        requireRange("addr", addr, 0, 0xFFFC);
        if (addr & 3) throw ArgumentError("addr must be 4-byte aligned");
        requireRange("wstrb", strb, 0, 0xF);
        inst.model->mmio().write(static_cast<uint32_t>(addr), static_cast<uint32_t>(value),
                                 static_cast<uint8_t>(strb));
        return 0;
    });
}

jint apiMmioRead(JNIEnv* env, jlong h, jint addr) {
    return guarded(env, h, jint{0}, [&](Instance& inst) {
        requireRange("addr", addr, 0, 0xFFFC);
        if (addr & 3) throw ArgumentError("addr must be 4-byte aligned");
        return static_cast<jint>(inst.model->mmioRead(static_cast<uint32_t>(addr)));
    });
}

jint apiMmioPending(JNIEnv* env, jlong h) {
    return guarded(env, h, jint{0}, [&](Instance& inst) {
        return static_cast<jint>(inst.model->mmio().pending());
    });
}

void apiInjectFrame(JNIEnv* env, jlong h, jbyteArray frame, jboolean bad, jint idle) {
    guarded(env, h, 0, [&](Instance& inst) {
        if (!frame) throw ArgumentError("frame must not be null");
        const jsize n = env->GetArrayLength(frame);
        requireRange("frame length", n, 1, 1 << 20);
        requireRange("idleCyclesBefore", idle, 0, 1 << 30);
        std::vector<uint8_t> bytes(static_cast<std::size_t>(n));
        env->GetByteArrayRegion(frame, 0, n, reinterpret_cast<jbyte*>(bytes.data()));
        inst.model->rx().enqueue(std::move(bytes), bad, static_cast<uint32_t>(idle));
        return 0;
    });
}

jint apiRxPending(JNIEnv* env, jlong h) {
    return guarded(env, h, jint{0}, [&](Instance& inst) { return static_cast<jint>(inst.model->rx().pending()); });
}

// The drains' contract (bridge_api.h): the whole batch of `words` words into `into`, or nothing and
// minus the length needed when `into` is shorter; FILL writes the words and DONE forgets the batch.
template <typename Fill, typename Done>
jint drainInto(JNIEnv* env, jlongArray into, size_t words, Fill fill, Done done) {
    if (!into) throw ArgumentError("into must not be null");
    if (words > static_cast<size_t>(INT32_MAX))
        throw StateError("a drained batch of " + std::to_string(words) + " words exceeds a Java array");
    const jint n = static_cast<jint>(words);
    if (env->GetArrayLength(into) < n) return -n;
    if (n > 0) {
        void* dst = env->GetPrimitiveArrayCritical(into, nullptr);
        if (!dst) throw JavaPending{};
        fill(static_cast<jlong*>(dst));
        env->ReleasePrimitiveArrayCritical(into, dst, 0);
    }
    done();
    return n;
}

// TX frames as drainEvents' words: per frame its length, tuser, first and last beat cycle, then
// its bytes in ceil(length / 8) words, byte 0 in the low byte of the first (the pad bytes are 0)
jint apiDrainTx(JNIEnv* env, jlong h, jlongArray into) {
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "frame bytes are copied into words as they lie");
    return guarded(env, h, jint{0}, [&](Instance& inst) {
        AxisSink& sink = inst.model->tx();
        const auto& frames = sink.done();
        size_t words = 0;
        for (const auto& f : frames) words += 4 + (f.length + 7) / 8;
        return drainInto(env, into, words, [&](jlong* w) {
            for (const auto& f : frames) {
                *w++ = static_cast<jlong>(f.length);
                *w++ = f.tuser ? 1 : 0;
                *w++ = static_cast<jlong>(f.firstCycle);
                *w++ = static_cast<jlong>(f.lastCycle);
                const size_t n = (f.length + 7) / 8;
                if (n > 0) {
                    w[n - 1] = 0;
                    std::memcpy(w, sink.bytes(f), f.length);
                }
                w += n;
            }
        }, [&] { sink.discardDone(); });
    });
}

jint apiDrainEvents(JNIEnv* env, jlong h, jlongArray into) {
    return guarded(env, h, jint{0}, [&](Instance& inst) {
        EventLog& log = inst.model->events();
        const std::vector<Event>& ev = log.pending();
        return drainInto(env, into, ev.size() * 6, [&](jlong* w) {
            for (const auto& e : ev) {
                *w++ = static_cast<jlong>(e.cycle);
                *w++ = static_cast<jlong>(e.kind);
                *w++ = e.queue;
                *w++ = static_cast<jlong>(e.value);
                *w++ = e.axiId;
                *w++ = e.detail;
            }
        }, [&] { log.discardPending(); });
    });
}

void apiTraceOn(JNIEnv* env, jlong h, jstring path, jint levels) {
    guarded(env, h, 0, [&](Instance& inst) {
        if (!path) throw ArgumentError("trace path must not be null");
        requireRange("levels", levels, 0, 99);
        const char* p = env->GetStringUTFChars(path, nullptr);
        if (!p) throw JavaPending{};
        std::string s(p);
        env->ReleaseStringUTFChars(path, p);
        inst.model->traceOn(s, levels);
        return 0;
    });
}

void apiTraceOff(JNIEnv* env, jlong h) {
    guarded(env, h, 0, [&](Instance& inst) { inst.model->traceOff(); return 0; });
}

void apiWriteCoverage(JNIEnv* env, jlong h, jstring path) {
    guarded(env, h, 0, [&](Instance& inst) {
        if (!path) throw ArgumentError("coverage path must not be null");
        const char* p = env->GetStringUTFChars(path, nullptr);
        if (!p) throw JavaPending{};
        std::string s(p);
        env->ReleaseStringUTFChars(path, p);
        inst.model->writeCoverage(s);
        return 0;
    });
}

jobjectArray apiPortNames(JNIEnv* env, jlong h) {
    return guarded(env, h, static_cast<jobjectArray>(nullptr), [&](Instance&) {
        std::size_t n;
        const PortDesc* t = portTable(&n);
        jclass str = env->FindClass("java/lang/String");
        if (!str) throw JavaPending{};
        jobjectArray out = env->NewObjectArray(static_cast<jsize>(n), str, nullptr);
        if (!out) throw JavaPending{};
        for (std::size_t i = 0; i < n; ++i) {
            jstring s = env->NewStringUTF(t[i].name);
            if (!s) throw JavaPending{};
            env->SetObjectArrayElement(out, static_cast<jsize>(i), s);
            env->DeleteLocalRef(s);
        }
        return out;
    }, true);
}

jintArray apiPortShapes(JNIEnv* env, jlong h) {
    return guarded(env, h, static_cast<jintArray>(nullptr), [&](Instance&) {
        std::size_t n;
        const PortDesc* t = portTable(&n);
        std::vector<jint> v(n);
        for (std::size_t i = 0; i < n; ++i) v[i] = t[i].width | (t[i].input ? 0x100 : 0);
        jintArray out = env->NewIntArray(static_cast<jsize>(n));
        if (!out) throw JavaPending{};
        env->SetIntArrayRegion(out, 0, static_cast<jsize>(n), v.data());
        return out;
    }, true);
}

jlong apiPeek(JNIEnv* env, jlong h, jint id) {
    return guarded(env, h, jlong{0}, [&](Instance& inst) {
        return static_cast<jlong>(port(id).peek(inst.model->top()));
    });
}

void apiPoke(JNIEnv* env, jlong h, jint id, jlong value) {
    guarded(env, h, 0, [&](Instance& inst) {
        const PortDesc& p = port(id);
        if (!p.input) throw ArgumentError(std::string("port ") + p.name + " is an output of the model");
        if (!inst.model->pinMode())
            throw StateError(std::string("port ") + p.name +
                             " is driven by the bus-functional models; call setPinMode(true) first");
        const uint64_t v = static_cast<uint64_t>(value);
        if (p.width < 64 && (v >> p.width) != 0)
            throw ArgumentError("value 0x" + [&] {
                char b[24];
                std::snprintf(b, sizeof b, "%llx", static_cast<unsigned long long>(v));
                return std::string(b);
            }() + " does not fit port " + p.name + " (" + std::to_string(p.width) + " bits)");
        p.poke(inst.model->top(), v);
        return 0;
    });
}

void apiSetPinMode(JNIEnv* env, jlong h, jboolean on) {
    guarded(env, h, 0, [&](Instance& inst) { inst.model->setPinMode(on); return 0; });
}

void apiStep(JNIEnv* env, jlong h, jlong n) {
    guarded(env, h, 0, [&](Instance& inst) {
        requireRange("cycles", n, 0, jlong{1} << 46);
        inst.model->step(static_cast<uint64_t>(n));
        return 0;
    });
}

void apiEval(JNIEnv* env, jlong h) {
    guarded(env, h, 0, [&](Instance& inst) { inst.model->eval(); return 0; });
}

void apiStageMonitor(JNIEnv* env, jlong h, jboolean on) {
    guarded(env, h, 0, [&](Instance& inst) { inst.model->stages().enable(on); return 0; });
}

jint apiDrainStages(JNIEnv* env, jlong h, jlongArray into) {
    return guarded(env, h, jint{0}, [&](Instance& inst) {
        StageMonitor& stages = inst.model->stages();
        const int64_t* rec = stages.pending();
        const std::size_t n = stages.pendingWords();
        return drainInto(env, into, n, [&](jlong* w) { std::copy(rec, rec + n, w); },
                         [&] { stages.discardPending(); });
    });
}

}  // namespace
}  // namespace nicsim

extern "C" {
__attribute__((visibility("default"))) extern const NicsimBridgeApi nicsim_bridge_api;
const NicsimBridgeApi nicsim_bridge_api = {
    sizeof(NicsimBridgeApi), NICSIM_BRIDGE_API_VERSION, NICSIM_TOP, NICSIM_BRIDGE_HASH, nicsim::Model::kNumQueues,
    nicsim::apiOpen, nicsim::apiClose, nicsim::apiReset, nicsim::apiCycle,
    nicsim::apiRun, nicsim::apiMmioWrite, nicsim::apiMmioRead, nicsim::apiMmioPending,
    nicsim::apiInjectFrame, nicsim::apiRxPending, nicsim::apiDrainTx, nicsim::apiDrainEvents,
    nicsim::apiTraceOn, nicsim::apiTraceOff,
    nicsim::apiPortNames, nicsim::apiPortShapes, nicsim::apiPeek, nicsim::apiPoke,
    nicsim::apiSetPinMode, nicsim::apiStep, nicsim::apiEval,
    nicsim::apiWriteCoverage,
    nicsim::apiStageMonitor, nicsim::apiDrainStages,
};
}
