package org.nicsim.reliab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.NicOptions;
import org.nicsim.driver.NicRegisters;

/**
 * Opens and closes models in a fresh JVM and prints what it used: {@code warm-up models,
 * VmRSS KiB, fds} after warm-up and again after the soak, one line each ({@code rss fds}), then
 * the seconds the soak took. Run by {@link ResourceSoakTest} as a child process so the numbers are
 * a clean JVM's, under the JVM options nightly runs use.
 *
 * <p>Arguments: warm-up count, soak count, a directory for waveforms (every tenth model traces).
 */
public final class SoakMain {
    private SoakMain() {}

    public static void main(String[] args) throws IOException {
        int warmUp = Integer.parseInt(args[0]);
        int models = Integer.parseInt(args[1]);
        Path waves = Path.of(args[2]);
        cycle(warmUp, waves);
        System.out.println(rssKib() + " " + openFds());
        long t0 = System.nanoTime();
        cycle(models, waves);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(rssKib() + " " + openFds());
        System.out.println(seconds);
    }

    static void cycle(int n, Path waves) throws IOException {
        byte[] frame = new byte[64];
        for (int i = 0; i < n; i++) {
            Path wave = waves.resolve("m" + i + ".fst");
            try (NicModel m = NicModel.open(NicOptions.builder().seed(i).hostMemoryBytes(4 << 20).build())) {
                if (i % 10 == 0) {
                    m.probes().traceOn(wave, 1);
                }
                m.hostMemory().putLong(0, i);
                if (m.mmioRead(NicRegisters.ID) != NicRegisters.ID_VALUE) {
                    throw new IllegalStateException("model " + i + " does not answer");
                }
                m.injectFrame(frame, false, 0);
                m.run(200, 0);
                m.drainEvents();
            }
            Files.deleteIfExists(wave);   // closing the model completed the trace
        }
    }

    static long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    static long openFds() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
