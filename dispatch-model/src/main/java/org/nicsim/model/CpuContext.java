package org.nicsim.model;

/**
 * Where model code is running: the logical CPU, and whether in that CPU's netisr thread (the
 * worker) or elsewhere (the driver's interrupt / RX path, an application thread). ifq staging
 * happens only in netisr threads.
 *
 * @param cpu          logical CPU, 0-based
 * @param netisrThread true inside a netisr worker run
 */
public record CpuContext(int cpu, boolean netisrThread) {
    public CpuContext {
        if (cpu < 0) {
            throw new IllegalArgumentException("cpu: " + cpu + " must not be negative");
        }
    }

    /** Driver / interrupt context on {@code cpu}. */
    public static CpuContext driver(int cpu) {
        return new CpuContext(cpu, false);
    }

    /** The netisr thread of {@code cpu}. */
    public static CpuContext netisr(int cpu) {
        return new CpuContext(cpu, true);
    }
}
