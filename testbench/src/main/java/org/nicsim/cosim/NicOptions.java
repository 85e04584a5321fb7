package org.nicsim.cosim;

import org.nicsim.bridge.DoorbellWindow;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.driver.NicRegisters;

/**
 * How the test bench opens the NIC model: the bridge's options, plus where the NIC's doorbells
 * are (TXQ_TAIL of every queue block) so the generic AXI4-Lite monitor reports them.
 */
public final class NicOptions {
    /** The NIC's doorbell registers, for every queue the opened model has. */
    public static final DoorbellWindow DOORBELLS = new DoorbellWindow(NicRegisters.QUEUE_BASE,
            NicRegisters.QUEUE_STRIDE, NicRegisters.DOORBELL, DoorbellWindow.ALL_QUEUES);

    private NicOptions() {
    }

    /** @return the bridge's default options with the NIC's doorbell window */
    public static NicModelOptions.Builder builder() {
        return NicModelOptions.builder().doorbells(DOORBELLS);
    }
}
