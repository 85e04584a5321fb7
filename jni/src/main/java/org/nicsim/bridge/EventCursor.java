package org.nicsim.bridge;

/**
 * A reusable, allocation-free view over one batch of drained events, for callers that drain every
 * pass (the co-simulation does twice per 256-cycle pass): no {@link BridgeEvent} or list per event.
 * Fill it with {@link NicModel#drainEvents(EventCursor)}, then step with {@link #next()} and read
 * the current event's fields, which mean what the {@link BridgeEvent} components of the same name
 * mean. Not thread-safe; the batch is replaced by the next drain.
 *
 * <pre>{@code
 * EventCursor c = new EventCursor();
 * model.drainEvents(c);
 * while (c.next()) { if (c.kind() == EventKind.DOORBELL) ... c.queue() ... }
 * }</pre>
 */
public final class EventCursor {
    static final int WORDS = 6;   // longs per event in the native log: cycle, kind, queue, value, axiId, detail
    private static final EventKind[] KINDS = EventKind.values();   // values() clones; once is enough

    private final WordBatch batch;   // the current batch: 6 words per event
    private int pos = -WORDS;

    /** An empty cursor; {@link #next()} is false until it is filled by a drain. */
    public EventCursor() {
        this(new WordBatch());
    }

    EventCursor(WordBatch batch) {
        this.batch = batch;
    }

    /** Takes a new batch (6 words per event) from {@code drain} and rewinds to before its first event. */
    void fill(WordBatch.Drain drain) {
        batch.fill(drain);
        pos = -WORDS;
    }

    /** Advances to the next event of the batch; false (and no current event) past the last one. */
    public boolean next() {
        if (pos < batch.length()) {
            pos += WORDS;
        }
        return pos < batch.length();
    }

    /** @return the number of events in the batch */
    public int size() {
        return batch.length() / WORDS;
    }

    /** @return the current event's cycle */
    public long cycle() {
        return word(0);
    }

    /** @return the current event's kind */
    public EventKind kind() {
        return KINDS[(int) word(1)];
    }

    /** @return the current event's queue or irq bit, else -1 */
    public int queue() {
        return (int) word(2);
    }

    /** @return the current event's tail value, address or sequence number */
    public long value() {
        return word(3);
    }

    /** @return the current event's AXI ID, else -1 */
    public int axiId() {
        return (int) word(4);
    }

    /** @return the current event's kind-specific detail */
    public int detail() {
        return (int) word(5);
    }

    /** @return the current event as a record, for keeping it beyond this batch */
    public BridgeEvent toEvent() {
        return new BridgeEvent(cycle(), kind(), queue(), value(), axiId(), detail());
    }

    private long word(int i) {
        if (pos < 0 || pos >= batch.length()) {
            throw new IllegalStateException("no current event: call next() and check that it returned true");
        }
        return batch.words()[pos + i];
    }
}
