package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;

/**
 * The RTL tests' one fixture: nic_top with 4 MiB of host memory above 4 GiB, one allocator over
 * it, MMIO, running until a condition holds (never hanging), and every bridge event kept. Closing
 * it asserts the bus stayed clean — no AXI protocol violation and no MMIO error response — so every
 * test checks the NIC's bus manners without asking. The RX and TX harnesses add their datapath's
 * rings on top.
 */
class NicFixture implements AutoCloseable {
    /** Host memory size. */
    static final int MEMORY_BYTES = 4 << 20;
    /** The allocator starts one page in: bus address {@code base} itself is never a valid buffer. */
    static final int FIRST_OFFSET = 0x1000;

    private final NicModel nic;
    private final long base;
    private final ByteBuffer mem;
    private final List<BridgeEvent> events = new ArrayList<>();
    private int nextFree = FIRST_OFFSET;

    /** Opens nic_top, seed 1, with host memory at bus address {@code base} and {@code options} on top. */
    NicFixture(long base, NicModelOptions.Builder options) {
        this.base = base;
        this.nic = NicModel.open(options.seed(1).hostMemoryBase(base).hostMemoryBytes(MEMORY_BYTES).build());
        this.mem = nic.hostMemory();
    }

    NicModel nic() {
        return nic;
    }

    // ------------------------------------------------------------------ host memory

    /** The host memory buffer: byte i sits at bus address {@link #memoryBase()} + i. */
    ByteBuffer memory() {
        return mem;
    }

    long memoryBase() {
        return base;
    }

    /** Reserves {@code bytes} aligned to {@code align}; returns the bus address. */
    long allocate(long bytes, int align) {
        return allocate(Math.toIntExact(bytes), align, 0);
    }

    /** Reserves {@code bytes} at an offset ≡ {@code misalign} (mod {@code align}); returns the bus address. */
    long allocate(int bytes, int align, int misalign) {
        int off = (nextFree + align - 1) / align * align + misalign;
        if ((long) off + bytes > MEMORY_BYTES) {
            throw new IllegalStateException("host memory exhausted: " + bytes + " bytes wanted at offset " + off);
        }
        nextFree = off + bytes;
        return base + off;
    }

    /** Copies {@code data} to a fresh buffer starting {@code misalign} bytes past an 8-byte boundary. */
    long put(byte[] data, int misalign) {
        long addr = allocate(data.length, 8, misalign);
        mem.put(offset(addr), data);
        return addr;
    }

    /** {@code len} bytes of host memory from bus address {@code addr}. */
    byte[] read(long addr, int len) {
        byte[] b = new byte[len];
        mem.get(offset(addr), b);
        return b;
    }

    boolean inMemory(long busAddress, int bytes) {
        return busAddress >= base && busAddress + bytes <= base + MEMORY_BYTES;
    }

    int offset(long busAddress) {
        if (!inMemory(busAddress, 0)) {
            throw new IllegalArgumentException("address 0x" + Long.toHexString(busAddress) + " outside host memory");
        }
        return (int) (busAddress - base);
    }

    // ------------------------------------------------------------------ registers

    void write(int addr, int value) {
        nic.mmioWrite(addr, value);
    }

    int read(int addr) {
        return nic.mmioRead(addr);
    }

    /** Runs until every queued register write has completed (bounded). */
    void sync() {
        nic.mmioDrain(100_000);
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs in steps of 64 cycles until {@code done} holds; fails the test (never hangs) after
     * {@code budget} cycles, saying what was awaited.
     */
    void runUntil(BooleanSupplier done, long budget, String what) {
        long start = nic.cycle();
        while (!done.getAsBoolean()) {
            if (nic.cycle() - start > budget) {
                fail(what + " not reached after " + budget + " cycles");
            }
            nic.run(64, 0);
        }
    }

    /** The bridge's events since the last call, also kept for {@link #events(EventKind)} and the bus check. */
    List<BridgeEvent> drainEvents() {
        List<BridgeEvent> fresh = nic.drainEvents();
        events.addAll(fresh);
        return fresh;
    }

    /** Every event of {@code kind} since open, in order. */
    List<BridgeEvent> events(EventKind kind) {
        drainEvents();
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    /** No AXI or AXI-Stream protocol violation and no MMIO error response since open. */
    void assertCleanBus() {
        assertEquals(List.of(), events(EventKind.AXI_PROTOCOL), "AXI/AXIS protocol violations");
        assertEquals(List.of(), events(EventKind.MMIO_ERROR), "MMIO error responses");
    }

    /** Checks the bus, then closes the model (whatever the check found). */
    @Override
    public void close() {
        try {
            assertCleanBus();
        } catch (IllegalStateException closedOrDead) {
            // the test closed the model or it died: there is no bus left to drain
        } finally {
            nic.close();
        }
    }
}
