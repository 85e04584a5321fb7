package org.nicsim.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a {@link NicModel} can record about itself while it runs, apart from its bus traffic: an FST
 * waveform, Verilator line and toggle coverage, and the per-frame records of the RX stage monitor.
 * None of them changes what the model does; each only observes it.
 */
public final class NicProbes {
    private final long api;
    private final LongSupplier handle;   // the owner's checked handle (open, right thread)

    NicProbes(long api, LongSupplier handle) {
        this.api = api;
        this.handle = handle;
    }

    /**
     * Starts writing an FST waveform of every following cycle to {@code file} (overwritten).
     * The file is complete once {@link #traceOff()} or {@link NicModel#close()} returns; its header
     * carries no date, so the same run gives the same bytes.
     *
     * @param file   the .fst file; its directory must exist
     * @param levels 0 = every signal; n = signals at most n scopes below the root (1 = the top
     *               ports only, 2 = also the top module's own signals, ...)
     * @throws IllegalStateException    if tracing is already on
     * @throws IllegalArgumentException if the file cannot be created
     */
    public void traceOn(Path file, int levels) {
        Objects.requireNonNull(file, "file");
        long h = handle.getAsLong();
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new IllegalArgumentException("trace file directory does not exist: " + abs.getParent());
        }
        NativeBridge.traceOn(api, h, abs.toString(), levels);
    }

    /**
     * Stops tracing and completes the file; does nothing when tracing is off.
     *
     * @throws TraceWriteException when the file on disk is incomplete (disk full, file size limit)
     */
    public void traceOff() {
        NativeBridge.traceOff(api, handle.getAsLong());
    }

    /**
     * Writes the RTL line and toggle coverage counted so far to {@code file} (the format
     * {@code verilator_coverage} reads). Only a model opened from the coverage variant of the
     * library ({@link NicModelOptions#variant()} "coverage") counts anything.
     *
     * @throws IllegalStateException if this library was built without coverage
     */
    public void writeCoverage(Path file) {
        Objects.requireNonNull(file, "file");
        NativeBridge.writeCoverage(api, handle.getAsLong(), file.toAbsolutePath().toString());
    }

    /**
     * Switches the stage monitor on or off (off when opened): while on, the bridge records each
     * received frame's parser, hash, RETA and DMA results and each transmitted frame's doorbell,
     * descriptor and bytes sent, sampled once per cycle, for {@link #drainStages(WordBatch)}. Libraries
     * whose top has no datapaths record nothing.
     */
    public void stageMonitor(boolean on) {
        NativeBridge.stageMonitor(api, handle.getAsLong(), on);
    }

    /**
     * Drains the stage records logged since the last call into {@code into}, replacing its previous
     * batch: flat, in the layout of the bridge's {@code stage_monitor.h} (decoded by the testbench).
     *
     * @return {@code into}
     */
    public WordBatch drainStages(WordBatch into) {
        Objects.requireNonNull(into, "into");
        long h = handle.getAsLong();
        into.fill(words -> NativeBridge.drainStages(api, h, words));
        return into;
    }
}
