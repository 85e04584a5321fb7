package org.nicsim.driver;

/**
 * Bump allocator over the host-memory buffer. Rings and buffers live for the whole attachment, so
 * nothing is freed one by one; {@link #reset()} releases everything at detach.
 */
public final class DmaAllocator {
    private final long base;
    private final int capacity;
    private int next;

    public DmaAllocator(long busBase, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("host memory capacity must be >= 0");
        }
        this.base = busBase;
        this.capacity = capacity;
    }

    /**
     * Allocates {@code length} bytes whose bus address is a multiple of {@code align}.
     *
     * @throws IllegalStateException when host memory is exhausted (names what was asked for)
     */
    public DmaRegion allocate(int length, int align, String what) {
        if (length <= 0 || align <= 0 || Integer.bitCount(align) != 1) {
            throw new IllegalArgumentException("bad allocation of " + what + ": length " + length + ", align " + align);
        }
        long addr = (base + next + align - 1) & -(long) align;
        long off = addr - base;
        if (off + length > capacity) {
            throw new IllegalStateException("host memory exhausted allocating " + length + " bytes for " + what
                    + " (" + (capacity - next) + " of " + capacity + " bytes left)");
        }
        next = (int) (off + length);
        return new DmaRegion(addr, (int) off, length);
    }

    /** Bytes handed out so far, alignment padding included. */
    public int used() {
        return next;
    }

    public void reset() {
        next = 0;
    }
}
