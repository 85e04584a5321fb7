package org.nicsim.bridge;

import java.nio.ByteBuffer;

/**
 * The JNI entry points (jni/src/main/native/jni_glue.cpp). Every call after {@link #libraryApi}
 * takes the API table address of the library that owns the instance, so several model libraries
 * can be loaded in one JVM although they export the same symbols. Package-private: only
 * {@link NicModel} calls these, after its own closed/thread checks.
 */
final class NativeBridge {
    private NativeBridge() {
    }

    static native long libraryApi(String absolutePath);

    static native String apiTop(long api);

    static native int apiNumQueues(long api);

    static native long open(long api, long[] options, ByteBuffer hostMemory);

    static native void close(long api, long handle);

    static native void reset(long api, long handle);

    static native long cycle(long api, long handle);

    static native long run(long api, long handle, long maxCycles, int stopMask);

    static native void mmioWrite(long api, long handle, int addr, int value, int wstrb);

    static native int mmioRead(long api, long handle, int addr);

    static native int mmioPending(long api, long handle);

    static native void injectFrame(long api, long handle, byte[] frame, boolean bad, int idleBefore);

    static native int rxPending(long api, long handle);

    /** Drains the captured TX frames into {@code into} as {@link #drainEvents} does (layout: {@link TxBatch}). */
    static native int drainTx(long api, long handle, long[] into);

    /** Drains into {@code into}: the whole batch (its length in words) or nothing (minus the length needed). */
    static native int drainEvents(long api, long handle, long[] into);

    static native void traceOn(long api, long handle, String path, int levels);

    static native void traceOff(long api, long handle);

    static native String[] portNames(long api, long handle);

    static native int[] portShapes(long api, long handle);

    static native long peek(long api, long handle, int id);

    static native void poke(long api, long handle, int id, long value);

    static native void setPinMode(long api, long handle, boolean on);

    static native void step(long api, long handle, long cycles);

    static native void eval(long api, long handle);

    static native void writeCoverage(long api, long handle, String path);
    static native void stageMonitor(long api, long handle, boolean on);

    /** Drains into {@code into} as {@link #drainEvents} does. */
    static native int drainStages(long api, long handle, long[] into);
}
