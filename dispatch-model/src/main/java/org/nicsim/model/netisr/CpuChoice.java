package org.nicsim.model.netisr;

/**
 * A netisr CPU decision and the branch that made it.
 *
 * @param cpu    the CPU, -1 when dropped
 * @param reason why
 */
public record CpuChoice(int cpu, CpuReason reason) {
    @Override
    public String toString() {
        return cpu + " (" + reason.rule() + ")";
    }
}
