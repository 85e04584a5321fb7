package org.nicsim.scoreboard;

/**
 * One failed comparison.
 *
 * @param check    which check
 * @param item     frame index (or doorbell sequence number for doorbell checks); -1 when global
 * @param cycle    simulated cycle it was seen at
 * @param field    what differs
 * @param hardware the hardware's value
 * @param model    the model's value
 */
public record Mismatch(Check check, long item, long cycle, String field, String hardware, String model) {
    /** The frame this mismatch is about, or -1 (doorbell sequence numbers and global checks are not frames). */
    public long frame() {
        return check == Check.DOORBELLS || item < 0 ? -1 : item;
    }

    @Override
    public String toString() {
        return String.format("%s: %s %d at cycle %d: %s hardware=%s model=%s", check.id(),
                check == Check.DOORBELLS ? "doorbell" : "frame", item, cycle, field, hardware, model);
    }
}
