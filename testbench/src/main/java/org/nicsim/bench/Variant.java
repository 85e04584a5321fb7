package org.nicsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nicsim.bridge.NicModelOptions;

/**
 * The native build variants of nic_top the benchmark prices: the same RTL verilated with other
 * options ({@code jni/src/main/native/build-lib.sh nic_top DIR 16 VARIANT}). Each has its library
 * (modes 1, 2, 4) and its C++ harness (mode 3).
 */
enum Variant {
    /** The default library: FST tracing compiled in (waveform runs, replay, explain). */
    TRACED(""),
    /** No FST tracing compiled in, profile-guided: what runs with waveforms off load when it is built. */
    NOTRACE(NicModelOptions.UNTRACED),
    /** NOTRACE compiled without the profile-guided step: priced only, to show what the profile gives. */
    NOPGO("nopgo"),
    /** Line and toggle coverage counted ({@code --rtl-coverage}). */
    COVERAGE("coverage"),
    /** Verilator {@code -fno-reorder}: priced only. */
    NOREORDER("noreorder"),
    /** Verilator {@code --threads 2}: priced only. */
    THREADS2("threads2");

    private final String suffix;

    Variant(String suffix) {
        this.suffix = suffix;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant runs with waveforms off use: the untraced build when it is in {@code nativeDir}. */
    static Variant forRuns(Path nativeDir) {
        return Files.isRegularFile(NOTRACE.library(nativeDir)) ? NOTRACE : TRACED;
    }

    static Variant parse(String s) {
        for (Variant v : values()) {
            if (v.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("--variants: unknown variant " + s
                + " (traced, notrace, nopgo, coverage, noreorder, threads2)");
    }

    /** These model options opening this variant's library. */
    NicModelOptions.Builder apply(NicModelOptions.Builder b) {
        return this == TRACED ? b.traceable() : b.variant(suffix);
    }

    Path library(Path nativeDir) {
        return nativeDir.resolve("libnicsim-nic_top" + (suffix.isEmpty() ? "" : "-" + suffix) + ".so");
    }

    Path harness(Path nativeDir) {
        return nativeDir.resolve(CppHarness.EXECUTABLE + (suffix.isEmpty() ? "" : "-" + suffix));
    }

    /** @throws IllegalStateException naming the make target that builds the missing library */
    void requireBuilt(Path nativeDir) {
        if (!Files.isRegularFile(library(nativeDir))) {
            String target = switch (this) {
                case TRACED -> "traced";
                case NOTRACE -> "main";
                case COVERAGE -> "coverage";
                case NOPGO, NOREORDER, THREADS2 -> "variants";
            };
            throw new IllegalStateException("variant " + label() + " is not built: no " + library(nativeDir)
                    + " (make -C jni/src/main/native " + target + ")");
        }
    }
}
