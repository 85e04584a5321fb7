package org.nicsim.scenario;

/** netisr(9) dispatch policy ({@code netisr.dispatch}). */
public enum NetisrDispatch implements JsonNamed {
    /** {@code NETISR_DISPATCH_DIRECT}: run the handler now on the current CPU. */
    DIRECT,
    /** {@code NETISR_DISPATCH_HYBRID}: run now if the selected CPU is this one and idle, else queue. */
    HYBRID,
    /** {@code NETISR_DISPATCH_DEFERRED}: always queue on the selected CPU's workstream. */
    DEFERRED;

    @Override
    public String jsonName() {
        return name();
    }
}
