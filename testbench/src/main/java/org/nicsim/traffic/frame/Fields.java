package org.nicsim.traffic.frame;

/** Range checks shared by the header builders; messages name the field. */
final class Fields {
    private Fields() {
    }

    static int checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    static long checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    static <T> T checkNotNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be set");
        }
        return value;
    }

    static void putU16(byte[] buf, int off, int v) {
        buf[off] = (byte) (v >>> 8);
        buf[off + 1] = (byte) v;
    }

    static void putU32(byte[] buf, int off, long v) {
        buf[off] = (byte) (v >>> 24);
        buf[off + 1] = (byte) (v >>> 16);
        buf[off + 2] = (byte) (v >>> 8);
        buf[off + 3] = (byte) v;
    }
}
