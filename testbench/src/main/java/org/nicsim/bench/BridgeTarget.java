package org.nicsim.bench;

import java.nio.ByteBuffer;
import org.nicsim.bridge.EventCursor;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.TxBatch;

/**
 * {@link HostTarget} over the JNI bridge: native BFMs, batched crossings, interrupts from the event
 * log. Events and TX frames are read through a cursor and a batch kept from pass to pass, as the
 * co-simulation reads them, so the bridge-only figures price the driver and not list building.
 */
public final class BridgeTarget implements HostTarget {
    private final NicModel model;
    private final EventCursor events = new EventCursor();
    private final TxBatch transmitted = new TxBatch();
    private int irq;
    private long crossings;

    public BridgeTarget(NicModel model) {
        this.model = model;
    }

    @Override
    public void write32(int address, int value) {
        crossings++;
        model.mmioWrite(address, value);
    }

    @Override
    public int read32(int address) {
        crossings++;
        return model.mmioRead(address);
    }

    @Override
    public ByteBuffer hostMemory() {
        return model.hostMemory();
    }

    @Override
    public long hostMemoryBase() {
        return model.options().hostMemoryBase();
    }

    @Override
    public void injectFrame(byte[] frame, int idleBefore) {
        crossings++;
        model.injectFrame(frame, false, idleBefore);
    }

    @Override
    public int rxPending() {
        crossings++;
        return model.rxPending();
    }

    @Override
    public void run(int cycles) {
        crossings++;
        model.run(cycles, 0);
    }

    @Override
    public void mmioDrain(long maxCycles) {
        crossings += 3;   // mmioPending, run, mmioPending in the usual case
        model.mmioDrain(maxCycles);
    }

    @Override
    public long cycle() {
        crossings++;
        return model.cycle();
    }

    @Override
    public int irqLevel() {
        crossings++;
        EventCursor e = model.drainEvents(events);
        while (e.next()) {
            switch (e.kind()) {
                case IRQ_RISE -> irq |= 1 << e.queue();
                case IRQ_FALL -> irq &= ~(1 << e.queue());
                default -> { }
            }
        }
        return irq;
    }

    @Override
    public int drainTransmitted() {
        crossings++;
        return model.drainTx(transmitted).size();
    }

    @Override
    public long crossings() {
        return crossings;
    }
}
