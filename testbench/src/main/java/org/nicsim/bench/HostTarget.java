package org.nicsim.bench;

import org.nicsim.driver.NicBus;

/**
 * What the lean host loop needs of a simulated NIC, beyond the driver's register and memory
 * access: feeding the RX stream, running cycles, the interrupt lines and the TX stream. The bridge
 * implements it with its native BFMs ({@link BridgeTarget}); the per-signal benchmark with Java
 * BFMs over pin access ({@link org.nicsim.bench.pin.PinTarget}).
 */
public interface HostTarget extends NicBus {
    /**
     * Queues a frame for the RX stream, sent after {@code idleBefore} cycles with TVALID low (the
     * array is not modified and may be shared).
     */
    void injectFrame(byte[] frame, int idleBefore);

    /** RX frames queued and not yet accepted by the NIC. */
    int rxPending();

    /** Runs {@code cycles} clock cycles. */
    void run(int cycles);

    /** Runs until every queued register write has completed. */
    void mmioDrain(long maxCycles);

    /** Cycles simulated since open. */
    long cycle();

    /** The {@code irq} lines as of the last cycle run. */
    int irqLevel();

    /** Frames that left on the TX stream since the last call. */
    int drainTransmitted();

    /** JNI calls into the model so far (for the benchmark's crossings-per-cycle figure). */
    long crossings();
}
