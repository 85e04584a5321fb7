package org.nicsim.scoreboard.stage;

/**
 * The digest the stage monitor takes of each transmitted frame (FNV-1a, 64 bits), so a frame's
 * bytes cross the bridge as two words; the layout is defined in jni/src/main/native/stage_monitor.h.
 */
public final class FrameDigest {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FrameDigest() {
    }

    public static long of(byte[] b) {
        long h = OFFSET_BASIS;
        for (byte x : b) {
            h = (h ^ (x & 0xFF)) * PRIME;
        }
        return h;
    }
}
