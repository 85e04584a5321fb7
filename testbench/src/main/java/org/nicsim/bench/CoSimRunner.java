package org.nicsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.Scenario;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;

/** Mode 1: the whole co-simulation, outputs streamed to a scratch directory that is deleted after. */
final class CoSimRunner {
    private CoSimRunner() {}

    /**
     * Runs {@code warmup + count} frames of {@code pool} through {@link CoSimulation}.
     *
     * @param checkpoint called with the frames done at every host pass (memory sampling), or null
     * @throws IllegalStateException if the scoreboard found a mismatch (a benchmark of a failing run is meaningless)
     */
    static Sample run(BenchSetup setup, FramePool pool, long warmup, long count, ProgressHook checkpoint) {
        return run(setup, pool, warmup, count, checkpoint, null);
    }

    /** As above on one build variant's library (null: the one runs use). */
    static Sample run(BenchSetup setup, FramePool pool, long warmup, long count, ProgressHook checkpoint,
                      Variant variant) {
        long total = warmup + count;
        Scenario sc = setup.scenario(total);
        Window window = new Window(warmup, total);
        Path dir = Scratch.dir("nicsim-bench-");
        RunSession session = RunSession.of(sc).withFrames(() -> frames(pool, total), total)
                .prepare((model, sim) -> sim.setRxGapCycles(setup.traffic().gapCycles()));
        if (variant != null) {
            session = session.withModel(variant::apply);
        }
        try (StreamingOutputs out = new StreamingOutputs(dir, window, checkpoint)) {
            RunOutcome o = session.run(out, new RunSession.Hook() {
                @Override
                public void built(NicModel model, CoSimulation sim) {
                    // NICSIM_JAVA_OPTS=-Dnicsim.bench.stageMonitor=off: the stage monitor's cost, by difference
                    model.probes().stageMonitor(!"off".equals(System.getProperty("nicsim.bench.stageMonitor")));
                    window.pass(0, model.cycle());
                }
            });
            CoSimResult r = o.result();
            if (!(o instanceof RunOutcome.Passed)) {
                throw new IllegalStateException("co-simulation benchmark run failed: " + (r == null
                        ? ((RunOutcome.SimulationError) o).message() : r.scoreboard().firstMismatches()));
            }
            if (r.injected() != total || r.txFrames() != total) {
                throw new IllegalStateException("co-simulation benchmark: " + r.injected() + " injected, "
                        + r.txFrames() + " transmitted, expected " + total + " each; fates "
                        + java.util.Arrays.toString(r.fates()) + ", ifq drops " + r.txDrops());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
        return window.sample(Mode.COSIM);
    }

    /** Called after each host pass with the frames done and the cycle. */
    @FunctionalInterface
    interface ProgressHook {
        void progress(long done, long cycle);
    }

    private static Iterator<InjectedFrame> frames(FramePool pool, long total) {
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public InjectedFrame next() {
                if (i >= total) {
                    throw new NoSuchElementException();
                }
                long n = i++;
                return new InjectedFrame(n, pool.frame(n), false);
            }
        };
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a scratch directory left in /tmp is harmless
        }
    }

}
