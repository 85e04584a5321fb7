package org.nicsim.scoreboard;

/**
 * Slots for items numbered from a moving low end upwards (frame indices): number n lives in slot
 * n mod the ring's length, so the numbers held must lie within one length of the low end. The
 * ring doubles when a number beyond that arrives.
 */
final class IndexRing<T> {
    private Object[] slots = new Object[64];   // a power of two

    /** The item in number {@code n}'s slot (which may be another number's, one length away). */
    @SuppressWarnings("unchecked")
    T at(long n) {
        return (T) slots[slot(n)];
    }

    void set(long n, T item) {
        slots[slot(n)] = item;
    }

    /**
     * Makes room for number {@code n >= low}; every number held must lie within one length above
     * {@code low}, and each keeps its item.
     */
    void reach(long low, long n) {
        long span = n - low;
        if (span < slots.length) {
            return;
        }
        if (span >= 1 << 30) {
            throw new IllegalStateException("number " + n + " is " + span + " beyond the oldest held, " + low);
        }
        int length = slots.length;
        while (length <= span) {
            length <<= 1;
        }
        Object[] wider = new Object[length];
        for (long k = low; k < low + slots.length; k++) {
            wider[(int) k & (length - 1)] = slots[slot(k)];
        }
        slots = wider;
    }

    private int slot(long n) {
        return (int) n & (slots.length - 1);
    }
}
