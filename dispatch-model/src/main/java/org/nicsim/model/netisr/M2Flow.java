package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/** {@code nh_m2flow}: give a hashless packet a flow ID; return it (maybe unchanged), or null to drop. */
@FunctionalInterface
public interface M2Flow {
    Mbuf m2flow(Mbuf m, long source);
}
