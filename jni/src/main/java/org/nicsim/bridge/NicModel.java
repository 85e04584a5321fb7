package org.nicsim.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One Verilator-simulated NIC (or the test top) behind the JNI bridge, with its bus-functional
 * models running natively: an AXI4-Lite master for MMIO, an AXI4-Stream source (RX frames) and
 * sink (TX frames), an AXI4 slave serving {@link #hostMemory()}, and an event log. Waveform,
 * coverage and stage records are taken through {@link #probes()}, pin access through {@link #pins()}.
 *
 * <p>Time only advances inside {@link #run}, {@link #mmioRead} and {@link #reset} (BFM mode) or
 * {@link NicPins#step} (pin mode). Queueing calls ({@link #mmioWrite}, {@link #injectFrame}) return at
 * once. Cycle c spans waveform time [4c, 4c+4) ns (250 MHz); {@link #open} spends the first
 * {@value #RESET_CYCLES} cycles in reset.
 *
 * <p>A model is confined to the thread that opened it: a call from any other thread throws
 * {@link IllegalStateException}, as does any call after {@link #close()}. A simulation fatal
 * throws {@link SimulationFatalException} and leaves this instance dead.
 */
public final class NicModel implements AutoCloseable {
    /** Cycles {@code rst} is held at open and by {@link #reset()}. */
    public static final int RESET_CYCLES = 8;

    private final NicModelOptions options;
    private final long api;
    private final Thread owner;
    private final ByteBuffer hostMemory;
    private final int numQueues;
    private final NicPins pins;
    private final NicProbes probes;
    private final EventCursor listEvents = new EventCursor();   // the list drain's: 32 KiB, kept
    private long handle;

    private NicModel(NicModelOptions options, long api, long handle, ByteBuffer hostMemory, int numQueues) {
        this.options = options;
        this.api = api;
        this.handle = handle;
        this.hostMemory = hostMemory;
        this.numQueues = numQueues;
        this.owner = Thread.currentThread();
        this.pins = new NicPins(api, this::h, options.top());
        this.probes = new NicProbes(api, this::h);
    }

    /**
     * Loads the library of {@code options.top()} and {@code options.numQueues()} (once per JVM),
     * creates an instance whose AXI4-Lite monitor decodes {@code options.doorbells()}, and holds
     * {@code rst} for {@value #RESET_CYCLES} cycles.
     *
     * @param options how to open; see {@link NicModelOptions}
     * @return the open model, confined to the calling thread
     * @throws IllegalStateException if the native library cannot be found or loaded
     */
    public static NicModel open(NicModelOptions options) {
        Objects.requireNonNull(options, "options");
        long api = NativeLibraries.api(NativeLibraries.resolveDir(options.libraryDir()), options.top(),
                options.numQueues(), options.variant());
        int queues = NativeBridge.apiNumQueues(api);
        DoorbellWindow bells = options.doorbells().resolve(queues);
        ByteBuffer mem = ByteBuffer.allocateDirect(options.hostMemoryBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long[] nativeOptions = {
            options.seed(), options.hostMemoryBase(), options.readLatency(), options.writeLatency(),
            options.maxOutstanding(), Math.round(options.txBackpressure() * 1_000_000), options.mmioTimeoutCycles(),
            bells.base(), bells.stride(), bells.offset(), bells.queues(), Math.round(options.rxIdle() * 1_000_000)
        };
        long h = NativeBridge.open(api, nativeOptions, mem);
        return new NicModel(options, api, h, mem, queues);
    }

    private long h() {
        if (handle == 0) {
            throw new IllegalStateException("NicModel (" + options.top() + ") is closed");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("NicModel is confined to thread '" + owner.getName()
                    + "' that opened it; called from thread '" + Thread.currentThread().getName() + "'");
        }
        return handle;
    }

    /** @return the options this model was opened with */
    public NicModelOptions options() {
        return options;
    }

    /** @return NUM_QUEUES of the loaded model: its queue pairs, and the width of {@code irq} */
    public int numQueues() {
        h();
        return numQueues;
    }

    /** @return the number of clock cycles simulated since open, reset cycles included */
    public long cycle() {
        return NativeBridge.cycle(api, h());
    }

    /**
     * Holds {@code rst} for {@value #RESET_CYCLES} cycles with every BFM idle, after dropping all
     * queued and in-flight BFM work (MMIO, RX frames, TX frames not yet drained, AXI bursts).
     * Host memory and the event log are kept.
     */
    public void reset() {
        NativeBridge.reset(api, h());
    }

    /**
     * Runs the model with its BFMs until an event whose kind is in {@code stopMask} is logged (the
     * run stops after that cycle) or {@code maxCycles} cycles have passed.
     *
     * @param maxCycles cycle budget, 0 ≤ n ≤ 2^46
     * @param stopMask  OR of {@link EventKind#bit()}, 0 to run the whole budget
     * @return cycles run and the kinds of events seen
     * @throws IllegalStateException in pin mode
     */
    public RunResult run(long maxCycles, int stopMask) {
        long packed = NativeBridge.run(api, h(), maxCycles, stopMask);
        return new RunResult(packed >>> 16, (int) (packed & 0xFFFF), stopMask);
    }

    /**
     * Queues an AXI4-Lite write of all four bytes; it is performed in order with the other MMIO
     * operations while the model runs. See {@link #mmioPending()}.
     *
     * @param addr  byte address, 4-byte aligned, below 0x10000
     * @param value the 32-bit value
     */
    public void mmioWrite(int addr, int value) {
        mmioWrite(addr, value, 0xF);
    }

    /**
     * Queues an AXI4-Lite write with a byte strobe.
     *
     * @param addr  byte address, 4-byte aligned, below 0x10000
     * @param value the 32-bit value
     * @param wstrb WSTRB, 0..0xF
     */
    public void mmioWrite(int addr, int value, int wstrb) {
        NativeBridge.mmioWrite(api, h(), addr, value, wstrb);
    }

    /**
     * Queues an AXI4-Lite read behind the pending MMIO operations and runs the model until it
     * returns. Simulated time advances by the cycles the queued writes and the read take; the
     * events of those cycles stay in the log.
     *
     * @param addr byte address, 4-byte aligned, below 0x10000
     * @return RDATA
     * @throws SimulationTimeoutException if it does not return within {@code mmioTimeoutCycles}
     * @throws IllegalStateException      in pin mode
     */
    public int mmioRead(int addr) {
        return NativeBridge.mmioRead(api, h(), addr);
    }

    /** @return MMIO operations queued or in flight */
    public int mmioPending() {
        return NativeBridge.mmioPending(api, h());
    }

    /** @return whether every queued MMIO operation has completed */
    public boolean mmioIdle() {
        return mmioPending() == 0;
    }

    /**
     * Runs until every queued MMIO operation has completed.
     *
     * @param maxCycles cycle budget
     * @throws SimulationTimeoutException if operations are still pending after {@code maxCycles}
     */
    public void mmioDrain(long maxCycles) {
        long used = 0;
        while (mmioPending() > 0) {
            if (used >= maxCycles) {
                throw new SimulationTimeoutException(mmioPending() + " MMIO operations still pending after "
                        + maxCycles + " cycles (cycle " + cycle() + ")");
            }
            used += run(maxCycles - used, EventKind.MMIO_IDLE.bit()).cycles();
        }
    }

    /**
     * The host memory the AXI4 slave serves: a little-endian direct buffer whose byte i is at bus
     * address {@code hostMemoryBase + i}. The model reads and writes it in place while it runs;
     * write it from this thread only, between calls that advance time.
     *
     * @return the buffer (same object on every call)
     */
    public ByteBuffer hostMemory() {
        h();
        return hostMemory;
    }

    /**
     * Queues a frame for the RX AXI4-Stream source.
     *
     * @param frame            the bytes (1 .. 1 MiB), copied
     * @param bad              drive TUSER[0] (bad frame) on its beats
     * @param idleCyclesBefore cycles with TVALID low before the first beat
     */
    public void injectFrame(byte[] frame, boolean bad, int idleCyclesBefore) {
        Objects.requireNonNull(frame, "frame");
        NativeBridge.injectFrame(api, h(), frame, bad, idleCyclesBefore);
    }

    /** @return RX frames queued or being sent (not yet accepted) */
    public int rxPending() {
        return NativeBridge.rxPending(api, h());
    }

    /** @return the frames captured on the TX port since the last call, in order */
    public List<TxFrame> drainTx() {
        TxBatch b = drainTx(new TxBatch());
        return collect(b.size(), b::next, b::toFrame);
    }

    /**
     * Drains the frames captured on the TX port since the last call into {@code into}, replacing
     * its previous batch, without a {@link TxFrame} per frame (for callers that drain every pass).
     *
     * @return {@code into}, positioned before the first frame
     */
    public TxBatch drainTx(TxBatch into) {
        Objects.requireNonNull(into, "into");
        long handle = h();
        into.fill(words -> NativeBridge.drainTx(api, handle, words));
        return into;
    }

    /** @return the events logged since the last call, in order */
    public List<BridgeEvent> drainEvents() {
        EventCursor c = drainEvents(listEvents);
        return collect(c.size(), c::next, c::toEvent);
    }

    /** The list form of a drained cursor: {@code current} of each position {@code next} reaches. */
    private static <T> List<T> collect(int size, BooleanSupplier next, Supplier<T> current) {
        List<T> out = new ArrayList<>(size);
        while (next.getAsBoolean()) {
            out.add(current.get());
        }
        return out;
    }

    /**
     * Drains the events logged since the last call into {@code into}, replacing its previous batch,
     * without an object per event (for callers that drain every pass).
     *
     * @return {@code into}, positioned before the first event
     */
    public EventCursor drainEvents(EventCursor into) {
        Objects.requireNonNull(into, "into");
        long handle = h();
        into.fill(words -> NativeBridge.drainEvents(api, handle, words));
        return into;
    }

    /** @return the waveform, coverage and stage-monitor recorders of this model */
    public NicProbes probes() {
        h();
        return probes;
    }

    /** @return pin-level access: ports by id or name, pin mode, single steps */
    public NicPins pins() {
        h();
        return pins;
    }

    /**
     * Releases the native instance and completes any open trace. Idempotent; every other method
     * throws {@link IllegalStateException} afterwards. The {@link #hostMemory()} buffer stays a
     * valid Java object.
     *
     * @throws IllegalStateException if called from another thread while still open
     */
    @Override
    public void close() {
        if (handle == 0) {
            return;
        }
        long h = h();
        handle = 0;
        NativeBridge.close(api, h);
    }
}
