package org.nicsim.model.netisr;

/** The FreeBSD errno values netisr returns. */
public final class Errno {
    public static final int OK = 0;
    /** Invalid argument ({@code netisr_setqlimit} out of range). */
    public static final int EINVAL = 22;
    /** The packet was dropped and freed (queue full, or a policy callback dropped it). */
    public static final int ENOBUFS = 55;

    private Errno() {
    }
}
