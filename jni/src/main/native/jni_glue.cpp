// jni_glue.cpp — the exported JNI entry points of org.nicsim.bridge.NativeBridge.
//
// Each is a trampoline through the NicsimBridgeApi table that Java passes in (see bridge_api.h
// for why): whichever model library the JVM bound these symbols to, the call lands in the
// library that owns the instance.
#include "bridge_api.h"

#include <dlfcn.h>

#include <cstring>
#include <string>

extern "C" const NicsimBridgeApi nicsim_bridge_api;

namespace {
const NicsimBridgeApi* A(jlong api) {
    return reinterpret_cast<const NicsimBridgeApi*>(static_cast<uintptr_t>(api));
}

void throwIse(JNIEnv* env, const std::string& msg) {
    jclass c = env->FindClass("java/lang/IllegalStateException");
    if (c) env->ThrowNew(c, msg.c_str());
}
}  // namespace

#define NB(ret, name) extern "C" JNIEXPORT ret JNICALL Java_org_nicsim_bridge_NativeBridge_##name

// The API table of the library at `path` (already loaded with System.load): dlsym on that very
// library, checked against this one's layout and bridge-source hash.
NB(jlong, libraryApi)(JNIEnv* env, jclass, jstring path) {
    const char* p = env->GetStringUTFChars(path, nullptr);
    if (!p) return 0;
    std::string file(p);
    env->ReleaseStringUTFChars(path, p);
    void* lib = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
    if (!lib) {
        throwIse(env, "native library " + file + " is not loaded: " + dlerror());
        return 0;
    }
    auto* api = static_cast<const NicsimBridgeApi*>(dlsym(lib, "nicsim_bridge_api"));
    dlclose(lib);  // the JVM keeps its own reference
    if (!api) {
        throwIse(env, "native library " + file + " has no nicsim_bridge_api table");
        return 0;
    }
    if (api->size != sizeof(NicsimBridgeApi) || api->version != NICSIM_BRIDGE_API_VERSION ||
        std::strcmp(api->bridgeHash, nicsim_bridge_api.bridgeHash) != 0) {
        throwIse(env, "native library " + file + " was built from other bridge sources (" +
                          api->bridgeHash + ") than " + nicsim_bridge_api.top + " (" +
                          nicsim_bridge_api.bridgeHash + "); rebuild with mvn -pl jni package");
        return 0;
    }
    return static_cast<jlong>(reinterpret_cast<uintptr_t>(api));
}

NB(jstring, apiTop)(JNIEnv* env, jclass, jlong api) { return env->NewStringUTF(A(api)->top); }
NB(jint, apiNumQueues)(JNIEnv*, jclass, jlong api) { return static_cast<jint>(A(api)->numQueues); }

NB(jlong, open)(JNIEnv* env, jclass, jlong api, jlongArray options, jobject mem) {
    return A(api)->open(env, options, mem);
}
NB(void, close)(JNIEnv* env, jclass, jlong api, jlong h) { A(api)->close(env, h); }
NB(void, reset)(JNIEnv* env, jclass, jlong api, jlong h) { A(api)->reset(env, h); }
NB(jlong, cycle)(JNIEnv* env, jclass, jlong api, jlong h) { return A(api)->cycle(env, h); }
NB(jlong, run)(JNIEnv* env, jclass, jlong api, jlong h, jlong maxCycles, jint stopMask) {
    return A(api)->run(env, h, maxCycles, stopMask);
}
NB(void, mmioWrite)(JNIEnv* env, jclass, jlong api, jlong h, jint addr, jint value, jint strb) {
    A(api)->mmioWrite(env, h, addr, value, strb);
}
NB(jint, mmioRead)(JNIEnv* env, jclass, jlong api, jlong h, jint addr) {
    return A(api)->mmioRead(env, h, addr);
}
NB(jint, mmioPending)(JNIEnv* env, jclass, jlong api, jlong h) { return A(api)->mmioPending(env, h); }
NB(void, injectFrame)(JNIEnv* env, jclass, jlong api, jlong h, jbyteArray f, jboolean bad, jint idle) {
    A(api)->injectFrame(env, h, f, bad, idle);
}
NB(jint, rxPending)(JNIEnv* env, jclass, jlong api, jlong h) { return A(api)->rxPending(env, h); }
NB(jint, drainTx)(JNIEnv* env, jclass, jlong api, jlong h, jlongArray into) {
    return A(api)->drainTx(env, h, into);
}
NB(jint, drainEvents)(JNIEnv* env, jclass, jlong api, jlong h, jlongArray into) {
    return A(api)->drainEvents(env, h, into);
}
NB(void, traceOn)(JNIEnv* env, jclass, jlong api, jlong h, jstring path, jint levels) {
    A(api)->traceOn(env, h, path, levels);
}
NB(void, traceOff)(JNIEnv* env, jclass, jlong api, jlong h) { A(api)->traceOff(env, h); }
NB(jobjectArray, portNames)(JNIEnv* env, jclass, jlong api, jlong h) { return A(api)->portNames(env, h); }
NB(jintArray, portShapes)(JNIEnv* env, jclass, jlong api, jlong h) { return A(api)->portShapes(env, h); }
NB(jlong, peek)(JNIEnv* env, jclass, jlong api, jlong h, jint id) { return A(api)->peek(env, h, id); }
NB(void, poke)(JNIEnv* env, jclass, jlong api, jlong h, jint id, jlong v) { A(api)->poke(env, h, id, v); }
NB(void, setPinMode)(JNIEnv* env, jclass, jlong api, jlong h, jboolean on) {
    A(api)->setPinMode(env, h, on);
}
NB(void, step)(JNIEnv* env, jclass, jlong api, jlong h, jlong n) { A(api)->step(env, h, n); }
NB(void, eval)(JNIEnv* env, jclass, jlong api, jlong h) { A(api)->eval(env, h); }
NB(void, writeCoverage)(JNIEnv* env, jclass, jlong api, jlong h, jstring path) {
    A(api)->writeCoverage(env, h, path);
}
NB(void, stageMonitor)(JNIEnv* env, jclass, jlong api, jlong h, jboolean on) { A(api)->stageMonitor(env, h, on); }
NB(jint, drainStages)(JNIEnv* env, jclass, jlong api, jlong h, jlongArray into) {
    return A(api)->drainStages(env, h, into);
}
