package org.nicsim.cosim;

import java.nio.ByteBuffer;
import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicBus;
import org.nicsim.scoreboard.RegisterMirror;

/**
 * The driver's view of the simulated NIC: MMIO through the bridge's AXI4-Lite master. Every write
 * also goes to the register mirror the end-of-run read-back compares the NIC with.
 */
public final class ModelBus implements NicBus {
    private final NicModel model;
    private final RegisterMirror mirror;

    public ModelBus(NicModel model) {
        this(model, new RegisterMirror(model.numQueues()));
    }

    public ModelBus(NicModel model, RegisterMirror mirror) {
        this.model = model;
        this.mirror = mirror;
    }

    @Override
    public void write32(int address, int value) {
        model.mmioWrite(address, value);
        mirror.written(address, value);
    }

    @Override
    public int read32(int address) {
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
}
