package org.nicsim.bench.pin;

import java.nio.ByteBuffer;
import org.nicsim.bench.HostTarget;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.bridge.SimulationTimeoutException;

/**
 * {@link HostTarget} by per-signal bridging: the model in pin mode, Java bus-functional models
 * reading and writing one port per JNI call, the clock toggled from Java. Each cycle: drive the
 * inputs with the clock low, evaluate, sample the outputs (settled, before the edge), raise the
 * clock, evaluate — the same two evaluations per cycle as the bridge's native loop, so both
 * simulate identical cycles and the difference is the cost of crossing per signal.
 */
public final class PinTarget implements HostTarget {
    private final NicModel model;
    private final Pins pins;
    private final int clk;
    private final int irq;
    private final PinAxilMaster axil;
    private final PinAxisSource source;
    private final PinAxisSink sink;
    private final PinHostMemory mem;
    private final long mmioTimeout;
    private long cycle;
    private int irqLevel;

    /** Switches {@code model} (freshly opened, BFMs idle) to pin mode and takes over its ports. */
    public PinTarget(NicModel model) {
        this.model = model;
        NicModelOptions o = model.options();
        model.pins().setPinMode(true);
        this.pins = new Pins(model);
        this.clk = pins.id("clk");
        this.irq = pins.id("irq");
        this.axil = new PinAxilMaster(pins);
        this.source = new PinAxisSource(pins);
        this.sink = new PinAxisSink(pins);
        this.mem = new PinHostMemory(pins, model.hostMemory(), o.hostMemoryBase(), o.readLatency(), o.writeLatency(),
                o.maxOutstanding());
        this.mmioTimeout = o.mmioTimeoutCycles();
        this.cycle = model.cycle();
        this.irqLevel = (int) pins.get(irq);
    }

    private void tick() {
        pins.set(clk, 0);
        axil.drive();
        source.drive();
        sink.drive();
        mem.drive(cycle);
        pins.eval();
        axil.clock();
        source.clock();
        sink.clock();
        mem.clock(cycle);
        irqLevel = (int) pins.get(irq);
        pins.set(clk, 1);
        pins.eval();
        cycle++;
    }

    @Override
    public void write32(int address, int value) {
        axil.write(address, value);
    }

    @Override
    public int read32(int address) {
        axil.read(address);
        for (long n = 0; n < mmioTimeout; n++) {
            tick();
            if (axil.readDone()) {
                return axil.readValue();
            }
        }
        throw new SimulationTimeoutException(String.format("MMIO read of 0x%04X did not return within %d cycles",
                address, mmioTimeout));
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
        source.enqueue(frame, idleBefore);
    }

    @Override
    public int rxPending() {
        return source.pending();
    }

    @Override
    public void run(int cycles) {
        for (int i = 0; i < cycles; i++) {
            tick();
        }
    }

    @Override
    public void mmioDrain(long maxCycles) {
        long used = 0;
        while (axil.pending() > 0) {
            if (used++ >= maxCycles) {
                throw new SimulationTimeoutException(axil.pending() + " MMIO operations still pending after "
                        + maxCycles + " cycles");
            }
            tick();
        }
    }

    @Override
    public long cycle() {
        return cycle;
    }

    @Override
    public int irqLevel() {
        return irqLevel;
    }

    @Override
    public int drainTransmitted() {
        return sink.drain();
    }

    @Override
    public long crossings() {
        return pins.calls;
    }
}
