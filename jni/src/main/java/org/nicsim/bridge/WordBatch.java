package org.nicsim.bridge;

/**
 * A reusable batch of 64-bit words that a drain of the bridge fills ({@link NicProbes#drainStages(WordBatch)},
 * {@link EventCursor}): the batch is {@code words()[0 .. length())}. The array is kept from drain to
 * drain and only grows, so a caller that drains every pass allocates nothing once it is big enough.
 * Not thread-safe; the next drain replaces the batch.
 */
public final class WordBatch {
    private static final int INITIAL_WORDS = 4096;

    /** A native drain into {@code into}: the whole batch (its length) or nothing (minus the length needed). */
    interface Drain {
        int into(long[] into);
    }

    private long[] words;
    private int length;

    /** An empty batch. */
    public WordBatch() {
        this(INITIAL_WORDS);
    }

    WordBatch(int capacity) {
        words = new long[capacity];
    }

    /** @return the words of the batch in {@code [0, length())}; the array is reused by the next drain */
    public long[] words() {
        return words;
    }

    /** @return the number of words in the batch */
    public int length() {
        return length;
    }

    /** Takes the next batch from {@code drain}, growing the array first when the batch needs more room. */
    void fill(Drain drain) {
        int n = drain.into(words);
        if (n < 0) {
            words = new long[Math.max(-n, 2 * words.length)];
            n = drain.into(words);
            if (n < 0) {   // nothing runs between the two calls, so the batch cannot have grown
                throw new IllegalStateException("the bridge's batch grew between two drains (" + -n + " words)");
            }
        }
        length = n;
    }
}
