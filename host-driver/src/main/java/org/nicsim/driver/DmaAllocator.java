package org.nicsim.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bump allocator over the host-memory buffer. Rings and buffers live for the whole attachment, so
 * nothing is freed one by one; {@link #reset()} releases everything at detach. Every allocation
 * keeps its name, so a faulting bus address can be told back as "RX buffer 1/17 + 0x40".
 */
public final class DmaAllocator {
    private final long base;
    private final int capacity;
    private final List<DmaAllocation> allocations = new ArrayList<>();
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
        DmaRegion r = new DmaRegion(addr, (int) off, length);
        allocations.add(new DmaAllocation(what, r));
        return r;
    }

    /**
     * The allocation holding bus address {@code busAddress}, if any. Allocations are made at
     * increasing addresses, so this is a binary search.
     */
    public Optional<DmaAllocation> find(long busAddress) {
        int lo = 0;
        int hi = allocations.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            DmaRegion r = allocations.get(mid).region();
            if (busAddress < r.busAddress()) {
                hi = mid - 1;
            } else if (busAddress - r.busAddress() >= r.length()) {
                lo = mid + 1;
            } else {
                return Optional.of(allocations.get(mid));
            }
        }
        return Optional.empty();
    }

    /** Bus address of host-memory byte 0. */
    public long base() {
        return base;
    }

    /** Size of host memory in bytes. */
    public int capacity() {
        return capacity;
    }

    /** Bytes handed out so far, alignment padding included. */
    public int used() {
        return next;
    }

    public void reset() {
        next = 0;
        allocations.clear();
    }
}
