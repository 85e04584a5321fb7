package org.nicsim.bench;

import java.nio.file.Path;
import org.nicsim.bench.pin.PinTarget;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.NicOptions;

/** Runs one repetition of one mode on one frame pool; a fresh model every time. */
final class Runner {
    private final BenchSetup setup;
    private final FramePool pool;
    private final Path frameFile;
    private final CppHarness cpp;
    private final Variant variant;

    Runner(BenchSetup setup, FramePool pool, Path frameFile, CppHarness cpp, Variant variant) {
        this.setup = setup;
        this.pool = pool;
        this.frameFile = frameFile;
        this.cpp = cpp;
        this.variant = variant;
    }

    Sample run(Mode mode, long warmup, long count) {
        return switch (mode) {
            case COSIM -> CoSimRunner.run(setup, pool, warmup, count, null, variant);
            case BRIDGE -> {
                try (NicModel m = open()) {
                    yield LeanLoop.run(mode, new BridgeTarget(m), setup, pool, warmup, count);
                }
            }
            case CPP -> cpp.run(setup, frameFile, warmup, count);
            case PIN -> {
                try (NicModel m = open()) {
                    yield LeanLoop.run(mode, new PinTarget(m), setup, pool, warmup, count);
                }
            }
        };
    }

    private NicModel open() {
        return NicModel.open(variant.apply(NicOptions.builder()).seed(setup.seed())
                .hostMemoryBytes(setup.hostMemoryBytes()).build());
    }
}
