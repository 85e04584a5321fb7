package org.nicsim.run;

/** What became of an injected frame. */
public enum Fate {
    /** Written to host memory and handled by the netisr handler. */
    DELIVERED("delivered"),
    /** Dropped by the NIC: no RX buffer posted on its queue (RX_DROP_NOBUF). */
    NOBUF("nobuf"),
    /** Dropped by the NIC: bad frame, runt, or longer than the buffer (RX_DROP_ERROR). */
    ERROR("error"),
    /** Freed by netisr: the (protocol, CPU) queue was at qlimit (qdrops). */
    QDROP("qdrop"),
    /** Freed by netisr because the vnet disabled its protocol (netisr_unregister_vnet): purged from a queue or refused. */
    VNET("vnet");

    private final String jsonName;

    Fate(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
