// bridge_api.h — the C function table each native library exports (symbol nicsim_bridge_api).
//
// Why a table: every model library (libnicsim-nic_top.so, libnicsim-bridge_test_top.so, ...)
// contains the same JNI entry points, and the JVM binds a native method to the first loaded
// library that has the symbol. So the exported Java_* functions are thin trampolines that call
// through the table of the library that created the instance; Java obtains each library's table
// with NativeBridge.libraryApi(path) (dlsym on that very library). All work, and every C++
// exception, stays inside the library that owns the instance.
#pragma once

#include <jni.h>
#include <cstdint>

#define NICSIM_BRIDGE_API_VERSION 4

extern "C" {

struct NicsimBridgeApi {
    uint32_t size;          // sizeof(NicsimBridgeApi) of the library that built it
    uint32_t version;       // NICSIM_BRIDGE_API_VERSION
    const char* top;        // RTL top module compiled into the library
    const char* bridgeHash; // hash of the bridge sources (two libraries must agree)
    uint32_t numQueues;     // NUM_QUEUES the top was built with (width of irq)

    // lifecycle; options: seed, hostBase, readLatency, writeLatency, maxOutstanding,
    // txBackpressure (ppm), mmioTimeout, doorbell base, stride, offset, queues, rxIdle (ppm)
    jlong (*open)(JNIEnv*, jlongArray options, jobject hostMemory);
    void (*close)(JNIEnv*, jlong h);
    void (*reset)(JNIEnv*, jlong h);
    jlong (*cycle)(JNIEnv*, jlong h);

    // batched, BFM mode
    jlong (*run)(JNIEnv*, jlong h, jlong maxCycles, jint stopMask);
    void (*mmioWrite)(JNIEnv*, jlong h, jint addr, jint value, jint strb);
    jint (*mmioRead)(JNIEnv*, jlong h, jint addr);
    jint (*mmioPending)(JNIEnv*, jlong h);
    void (*injectFrame)(JNIEnv*, jlong h, jbyteArray frame, jboolean bad, jint idleBefore);
    jint (*rxPending)(JNIEnv*, jlong h);
    // drains the captured TX frames into the caller's array as drainEvents does: per frame 4 words
    // (length, tuser, first and last beat cycle), then its bytes in ceil(length / 8) words, byte 0
    // in the low byte of the first
    jint (*drainTx)(JNIEnv*, jlong h, jlongArray into);
    // drains into the caller's array, 6 words per event: the whole batch (returns its length in
    // words) or, when `into` is too short, nothing (returns minus the length needed)
    jint (*drainEvents)(JNIEnv*, jlong h, jlongArray into);

    // tracing
    void (*traceOn)(JNIEnv*, jlong h, jstring path, jint levels);
    void (*traceOff)(JNIEnv*, jlong h);

    // pins
    jobjectArray (*portNames)(JNIEnv*, jlong h);
    jintArray (*portShapes)(JNIEnv*, jlong h);  // per port: width | (isInput << 8)
    jlong (*peek)(JNIEnv*, jlong h, jint id);
    void (*poke)(JNIEnv*, jlong h, jint id, jlong value);
    void (*setPinMode)(JNIEnv*, jlong h, jboolean on);
    void (*step)(JNIEnv*, jlong h, jlong n);
    void (*eval)(JNIEnv*, jlong h);

    // code coverage (libraries built with the coverage variant): write the counters so far
    void (*writeCoverage)(JNIEnv*, jlong h, jstring path);
    // stage monitor, RX and TX (stage_monitor.h): switch on/off, drain the records logged so far
    // into the caller's array as drainEvents does
    void (*stageMonitor)(JNIEnv*, jlong h, jboolean on);
    jint (*drainStages)(JNIEnv*, jlong h, jlongArray into);
};

}  // extern "C"
