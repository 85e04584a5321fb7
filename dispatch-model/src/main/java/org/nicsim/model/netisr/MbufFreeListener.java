package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/** Told of every packet netisr frees without handling (so a testbench can record its fate). */
@FunctionalInterface
public interface MbufFreeListener {
    void freed(Mbuf m, int proto, FreeReason reason);
}
