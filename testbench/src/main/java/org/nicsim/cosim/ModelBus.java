package org.nicsim.cosim;

import java.nio.ByteBuffer;
import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicBus;

/** The driver's view of the simulated NIC: MMIO through the bridge's AXI4-Lite master. */
public final class ModelBus implements NicBus {
    private final NicModel model;

    public ModelBus(NicModel model) {
        this.model = model;
    }

    @Override
    public void write32(int address, int value) {
        model.mmioWrite(address, value);
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
