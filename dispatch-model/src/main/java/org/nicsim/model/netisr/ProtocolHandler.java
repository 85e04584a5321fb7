package org.nicsim.model.netisr;

import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/** {@code nh_handler}: processes one packet. {@code ctx} says which CPU and whether in the worker. */
@FunctionalInterface
public interface ProtocolHandler {
    void handle(Mbuf m, CpuContext ctx);
}
