package org.nicsim.scoreboard;

/**
 * Items numbered 0, 1, 2, ... that arrive in any order and leave in number order: a ring of slots
 * from the next number to leave to the highest number held, grown when an item arrives further
 * ahead than it reaches. Frames finish a few places out of order (queues are serviced in turn), so
 * the ring stays small; a ring, not a sorted map, so holding and releasing an item costs no node.
 */
final class ReorderBuffer<T> {
    private Object[] slots = new Object[64];   // a power of two: slot of number n = n & (length - 1)
    private long next;                         // the number that leaves next

    /**
     * Holds item number {@code n}.
     *
     * @throws IllegalArgumentException if {@code n} already left or is already held
     */
    void put(long n, T item) {
        long ahead = n - next;
        if (ahead < 0) {
            throw new IllegalArgumentException("item " + n + " arrived after it left (next is " + next + ")");
        }
        if (ahead >= slots.length) {
            grow(ahead);
        }
        int slot = (int) n & (slots.length - 1);
        if (slots[slot] != null) {
            throw new IllegalArgumentException("item " + n + " arrived twice");
        }
        slots[slot] = item;
    }

    /** The item numbered {@link #next()}, which then leaves; null while it has not arrived. */
    @SuppressWarnings("unchecked")
    T poll() {
        int slot = (int) next & (slots.length - 1);
        Object item = slots[slot];
        if (item != null) {
            slots[slot] = null;
            next++;
        }
        return (T) item;
    }

    /** The number that leaves next: how many have left. */
    long next() {
        return next;
    }

    private void grow(long ahead) {
        if (ahead >= 1 << 30) {
            throw new IllegalStateException("item " + (next + ahead) + " arrived " + ahead + " ahead of the next to leave");
        }
        int length = slots.length;
        while (length <= ahead) {
            length <<= 1;
        }
        Object[] wider = new Object[length];
        for (long n = next; n < next + slots.length; n++) {   // every held number keeps its item
            wider[(int) n & (length - 1)] = slots[(int) n & (slots.length - 1)];
        }
        slots = wider;
    }
}
