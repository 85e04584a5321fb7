package org.nicsim.scoreboard;

/**
 * The frames injected and not yet given a fate, by frame index: a ring of slots from the oldest
 * open frame to the newest, grown when it does not reach. Frames are opened in index order and
 * mostly closed in it, so the ring stays small and a lookup is an array read, not a hash of a
 * boxed key.
 */
final class OpenFrames {
    private RxFrame[] slots = new RxFrame[64];   // a power of two: slot of index n = n & (length - 1)
    private long oldest;                         // no frame below it is open
    private long end;                            // one past the newest index opened
    private int size;

    /**
     * Opens {@code f}.
     *
     * @throws IllegalArgumentException if its index is not above every index opened before
     */
    void open(RxFrame f) {
        if (f.index < end) {
            throw new IllegalArgumentException("frame " + f.index + " opened after frame " + (end - 1));
        }
        if (size == 0) {
            oldest = f.index;
        }
        if (f.index - oldest >= slots.length) {
            grow(f.index - oldest);
        }
        slots[slot(f.index)] = f;
        end = f.index + 1;
        size++;
    }

    /** The open frame of index {@code n}, or null. */
    RxFrame get(long n) {
        if (n < oldest || n >= end) {
            return null;
        }
        RxFrame f = slots[slot(n)];
        return f != null && f.index == n ? f : null;
    }

    /** Closes frame {@code f} if it is open. */
    void close(RxFrame f) {
        if (get(f.index) != f) {
            return;
        }
        slots[slot(f.index)] = null;
        size--;
        while (oldest < end && slots[slot(oldest)] == null) {   // each index is passed once
            oldest++;
        }
    }

    int size() {
        return size;
    }

    private int slot(long n) {
        return (int) n & (slots.length - 1);
    }

    private void grow(long span) {
        if (span >= 1 << 30) {
            throw new IllegalStateException("frame " + (oldest + span) + " opened " + span + " after the oldest open one");
        }
        int length = slots.length;
        while (length <= span) {
            length <<= 1;
        }
        RxFrame[] wider = new RxFrame[length];
        for (long n = oldest; n < end; n++) {
            wider[(int) n & (length - 1)] = slots[slot(n)];
        }
        slots = wider;
    }
}
