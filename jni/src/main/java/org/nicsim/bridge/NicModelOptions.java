package org.nicsim.bridge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to open a {@link NicModel}. Build with {@link #builder()}; every field has a default.
 *
 * @param top               RTL top compiled into the library: {@code nic_top} (default), or the
 *                          test-only {@code bridge_test_top} and {@code rss_blocks_test_top}
 * @param seed              seeds the X-initialisation of the RTL and the TX backpressure pattern
 * @param hostMemoryBytes   size of the host memory the AXI4 slave serves (default 4 MiB)
 * @param hostMemoryBase    bus address of host-memory byte 0 (default 0)
 * @param readLatency       cycles from an AR handshake to the first R beat (0 behaves as 1; default 16)
 * @param writeLatency      cycles from the last W beat to BVALID (0 behaves as 1; default 4)
 * @param maxOutstanding    AXI4 read bursts, and write bursts, the slave accepts at once (default 8)
 * @param txBackpressure    probability that TX TREADY is low in a cycle, 0 ≤ p ≤ 0.999999 in steps of 1 ppm (default 0)
 * @param variant           native build variant: "" (default, the plain library), "coverage" (line and toggle
 *                          coverage counted, {@link NicProbes#writeCoverage}; slower) or "notrace" (no FST
 *                          tracing compiled in, faster; {@link NicProbes#traceOn} refuses); see
 *                          {@link Builder#untraced()}
 * @param rxIdle            probability of an RX TVALID idle cycle after each beat inside a frame (seeded), 0 ≤ p ≤ 0.999999 in ppm (default 0)
 * @param mmioTimeoutCycles cycle budget of one {@link NicModel#mmioRead(int)} (default 100 000)
 * @param libraryDir        directory of {@code libnicsim-<top>.so}; null = system property
 *                          {@code nicsim.native.dir}, else env {@code NICSIM_NATIVE_DIR}, else
 *                          {@code <nicsim.root>/jni/target/native}
 * @param numQueues         NUM_QUEUES of the library to load: 0 (default) loads the default build
 *                          {@code libnicsim-<top>.so}, N loads {@code libnicsim-<top>-qN.so}
 * @param doorbells         doorbell registers the AXI4-Lite monitor decodes (default
 *                          {@link DoorbellWindow#NONE})
 */
public record NicModelOptions(String top, long seed, int hostMemoryBytes, long hostMemoryBase, int readLatency,
        int writeLatency, int maxOutstanding, double txBackpressure, long mmioTimeoutCycles, Path libraryDir,
        int numQueues, DoorbellWindow doorbells, double rxIdle, String variant) {

    /** The build variant without FST tracing ({@code build-lib.sh TOP DIR N notrace}). */
    public static final String UNTRACED = "notrace";

    /** Validates every field; the message names the field. */
    public NicModelOptions {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(variant, "variant");
        if (!variant.matches("[a-z0-9]*")) {
            throw new IllegalArgumentException("variant: '" + variant + "' is not a build variant name");
        }
        if (!top.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("top: '" + top + "' is not a module name");
        }
        if (hostMemoryBytes <= 0) {
            throw new IllegalArgumentException("hostMemoryBytes: must be positive, got " + hostMemoryBytes);
        }
        if (Long.compareUnsigned(hostMemoryBase, -1L - hostMemoryBytes + 1) > 0) {
            throw new IllegalArgumentException("hostMemoryBase: 0x" + Long.toHexString(hostMemoryBase)
                    + " + hostMemoryBytes overflows the 64-bit address space");
        }
        requireRange("readLatency", readLatency, 0, 1_000_000);
        requireRange("writeLatency", writeLatency, 0, 1_000_000);
        requireRange("maxOutstanding", maxOutstanding, 1, 256);
        // the sink draws per cycle in parts per million, so 0.9999995 and above would mean "never ready"
        if (!(txBackpressure >= 0.0 && Math.round(txBackpressure * 1_000_000) < 1_000_000)) {
            throw new IllegalArgumentException("txBackpressure: must be in [0, 0.999999] (parts per million), got "
                    + txBackpressure);
        }
        requireRange("mmioTimeoutCycles", mmioTimeoutCycles, 1, 1L << 40);
        requireRange("numQueues", numQueues, 0, 32);
        Objects.requireNonNull(doorbells, "doorbells");
        if (!(rxIdle >= 0.0 && Math.round(rxIdle * 1_000_000) < 1_000_000)) {
            throw new IllegalArgumentException("rxIdle: must be in [0, 0.999999] (parts per million), got " + rxIdle);
        }
    }

    private static void requireRange(String field, long v, long lo, long hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(field + ": must be in " + lo + ".." + hi + ", got " + v);
        }
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults: nic_top, seed 1, 4 MiB at address 0 */
    public static NicModelOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from these options */
    public Builder toBuilder() {
        return new Builder().top(top).seed(seed).hostMemoryBytes(hostMemoryBytes).hostMemoryBase(hostMemoryBase)
                .readLatency(readLatency).writeLatency(writeLatency).maxOutstanding(maxOutstanding)
                .txBackpressure(txBackpressure).mmioTimeoutCycles(mmioTimeoutCycles).libraryDir(libraryDir)
                .numQueues(numQueues).doorbells(doorbells).rxIdle(rxIdle).variant(variant);
    }

    /** Mutable builder for {@link NicModelOptions}; {@link #build()} validates. */
    public static final class Builder {
        private String top = "nic_top";
        private long seed = 1;
        private int hostMemoryBytes = 4 << 20;
        private long hostMemoryBase = 0;
        private int readLatency = 16;
        private int writeLatency = 4;
        private int maxOutstanding = 8;
        private double txBackpressure = 0.0;
        private long mmioTimeoutCycles = 100_000;
        private Path libraryDir;
        private int numQueues;
        private DoorbellWindow doorbells = DoorbellWindow.NONE;
        private double rxIdle = 0.0;
        private String variant = "";
        private boolean untraced;

        /** @param v native build variant ("", "coverage" or "notrace") @return this */
        public Builder variant(String v) {
            variant = v;
            return this;
        }

        /**
         * This model will never trace: {@link #build()} picks the untraced build of the default
         * library ({@value #UNTRACED}) when it was built next to it, the same RTL without the FST
         * trace code (faster per cycle, same cycles and results). Other variants are left alone.
         *
         * @return this
         */
        public Builder untraced() {
            untraced = true;
            return this;
        }

        /** Undoes {@link #untraced()}: the model must be able to trace (waveforms). @return this */
        public Builder traceable() {
            untraced = false;
            if (variant.equals(UNTRACED)) {
                variant = "";
            }
            return this;
        }

        private Builder() {
        }

        /** @param v probability of an RX idle cycle after a beat inside a frame @return this */
        public Builder rxIdle(double v) {
            rxIdle = v;
            return this;
        }

        /** @param v RTL top name @return this */
        public Builder top(String v) {
            top = v;
            return this;
        }

        /** @param v seed @return this */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** @param v host memory size in bytes @return this */
        public Builder hostMemoryBytes(int v) {
            hostMemoryBytes = v;
            return this;
        }

        /** @param v bus address of host memory byte 0 @return this */
        public Builder hostMemoryBase(long v) {
            hostMemoryBase = v;
            return this;
        }

        /** @param v AR-to-first-R-beat cycles @return this */
        public Builder readLatency(int v) {
            readLatency = v;
            return this;
        }

        /** @param v last-W-beat-to-BVALID cycles @return this */
        public Builder writeLatency(int v) {
            writeLatency = v;
            return this;
        }

        /** @param v outstanding read (and write) bursts @return this */
        public Builder maxOutstanding(int v) {
            maxOutstanding = v;
            return this;
        }

        /** @param v probability of TX TREADY low per cycle @return this */
        public Builder txBackpressure(double v) {
            txBackpressure = v;
            return this;
        }

        /** @param v cycle budget of one MMIO read @return this */
        public Builder mmioTimeoutCycles(long v) {
            mmioTimeoutCycles = v;
            return this;
        }

        /** @param v directory of the native libraries, or null for the default lookup @return this */
        public Builder libraryDir(Path v) {
            libraryDir = v;
            return this;
        }

        /** @param v NUM_QUEUES of the library to load, 0 for the default build @return this */
        public Builder numQueues(int v) {
            numQueues = v;
            return this;
        }

        /** @param v doorbell registers the AXI4-Lite monitor decodes @return this */
        public Builder doorbells(DoorbellWindow v) {
            doorbells = v;
            return this;
        }

        private boolean untracedBuilt() {
            try {
                return NativeLibraries.exists(NativeLibraries.resolveDir(libraryDir), top, numQueues, UNTRACED);
            } catch (IllegalStateException e) {
                return false;   // no library directory known: open() reports that
            }
        }

        /** @return validated options */
        public NicModelOptions build() {
            String variant = this.variant.isEmpty() && untraced && untracedBuilt() ? UNTRACED : this.variant;
            return new NicModelOptions(top, seed, hostMemoryBytes, hostMemoryBase, readLatency, writeLatency,
                    maxOutstanding, txBackpressure, mmioTimeoutCycles, libraryDir, numQueues, doorbells, rxIdle, variant);
        }
    }
}
