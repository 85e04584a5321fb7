package org.nicsim.bridge;

/**
 * What one {@link NicModel#run(long, int)} did.
 *
 * @param cycles   clock cycles simulated
 * @param seenMask bit {@link EventKind#bit()} set for every kind logged during the run
 * @param stopMask the stop mask the run was given
 */
public record RunResult(long cycles, int seenMask, int stopMask) {
    /**
     * @param kind an event kind
     * @return whether an event of that kind was logged during the run
     */
    public boolean saw(EventKind kind) {
        return (seenMask & kind.bit()) != 0;
    }

    /** @return whether the run ended because of an event in the stop mask (not the budget) */
    public boolean stopped() {
        return (seenMask & stopMask) != 0;
    }
}
