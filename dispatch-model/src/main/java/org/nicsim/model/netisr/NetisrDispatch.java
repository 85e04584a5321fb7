package org.nicsim.model.netisr;

/** Dispatch policy ({@code NETISR_DISPATCH_*}): run the handler now, or queue for the worker. */
public enum NetisrDispatch {
    /** Protocol value only: use the global policy. */
    DEFAULT(0),
    /** Always select a CPU and queue on its workstream. */
    DEFERRED(1),
    /** Run now if the selected CPU is this one and its workstream is idle; else queue. */
    HYBRID(2),
    /** Always run now on the current CPU, no CPU selection. */
    DIRECT(3);

    private final int value;

    NetisrDispatch(int value) {
        this.value = value;
    }

    /** The FreeBSD constant. */
    public int value() {
        return value;
    }
}
