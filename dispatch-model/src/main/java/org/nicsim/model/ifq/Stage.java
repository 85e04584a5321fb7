package org.nicsim.model.ifq;

/** {@code struct ifsubq_stage}: what one CPU has staged on one subqueue. */
final class Stage {
    final IfSubqueue subq;
    final int cpu;
    int cnt;
    int len;
    /** {@code IFSQ_STAGE_FLAG_QUED}: on the CPU's stage list. */
    boolean queued;
    /** {@code IFSQ_STAGE_FLAG_SCHED}: an if_start schedule was deferred to the rollup. */
    boolean sched;

    Stage(IfSubqueue subq, int cpu) {
        this.subq = subq;
        this.cpu = cpu;
    }
}
