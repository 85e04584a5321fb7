package org.nicsim.scoreboard;

/**
 * Items numbered 0, 1, 2, ... that arrive in any order and leave in number order, held in an
 * {@link IndexRing} from the next number to leave. Frames finish a few places out of order
 * (queues are serviced in turn), so the ring stays small; a ring, not a sorted map, so holding
 * and releasing an item costs no node.
 */
final class ReorderBuffer<T> {
    private final IndexRing<T> ring = new IndexRing<>();
    private long next;   // the number that leaves next

    /**
     * Holds item number {@code n}.
     *
     * @throws IllegalArgumentException if {@code n} already left or is already held
     */
    void put(long n, T item) {
        if (n < next) {
            throw new IllegalArgumentException("item " + n + " arrived after it left (next is " + next + ")");
        }
        ring.reach(next, n);
        if (ring.at(n) != null) {
            throw new IllegalArgumentException("item " + n + " arrived twice");
        }
        ring.set(n, item);
    }

    /** The item numbered {@link #next()}, which then leaves; null while it has not arrived. */
    T poll() {
        T item = ring.at(next);
        if (item != null) {
            ring.set(next, null);
            next++;
        }
        return item;
    }

    /** The number that leaves next: how many have left. */
    long next() {
        return next;
    }
}
