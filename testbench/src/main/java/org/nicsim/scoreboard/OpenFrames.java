package org.nicsim.scoreboard;

/**
 * The frames injected and not yet given a fate, by frame index, in an {@link IndexRing} from the
 * oldest open frame to the newest. Frames are opened in index order and mostly closed in it, so
 * the ring stays small and a lookup is an array read, not a hash of a boxed key.
 */
final class OpenFrames {
    private final IndexRing<RxFrame> ring = new IndexRing<>();
    private long oldest;   // no frame below it is open
    private long end;      // one past the newest index opened
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
        ring.reach(oldest, f.index);
        ring.set(f.index, f);
        end = f.index + 1;
        size++;
    }

    /** The open frame of index {@code n}, or null. */
    RxFrame get(long n) {
        if (n < oldest || n >= end) {
            return null;
        }
        RxFrame f = ring.at(n);
        return f != null && f.index == n ? f : null;
    }

    /** Closes frame {@code f} if it is open. */
    void close(RxFrame f) {
        if (get(f.index) != f) {
            return;
        }
        ring.set(f.index, null);
        size--;
        while (oldest < end && ring.at(oldest) == null) {   // each index is passed once
            oldest++;
        }
    }

    int size() {
        return size;
    }
}
