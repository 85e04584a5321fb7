package org.nicsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mode 3: runs {@code nicsim-cpp-harness} (built by the jni module next to the model library) on
 * the frame file and reads back its measurement line. The harness times its own window, so
 * process start and model construction stay out, as JVM start does for the Java modes.
 */
final class CppHarness {
    static final String EXECUTABLE = "nicsim-cpp-harness";

    private final Path executable;

    /** The harness of one build variant ({@link Variant#harness}). */
    CppHarness(Path executable) {
        this.executable = executable;
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("no C++ harness at " + executable + "; build with mvn -pl jni package");
        }
    }

    Path executable() {
        return executable;
    }

    Sample run(BenchSetup setup, Path frameFile, long warmup, long count) {
        Map<String, String> kv = measure(setup, frameFile, warmup, count, List.of());
        try {
            return new Sample(Mode.CPP, Long.parseLong(kv.get("frames")), Long.parseLong(kv.get("cycles")),
                    Double.parseDouble(kv.get("seconds")), Double.parseDouble(kv.get("cpu_seconds")), -1, -1);
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable C++ harness output " + kv + ": " + e.getMessage(), e);
        }
    }

    /** The harness's measurement line as keys and values; {@code extra} are more key=value arguments. */
    Map<String, String> measure(BenchSetup setup, Path frameFile, long warmup, long count, List<String> extra) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.add("frames=" + frameFile);
        cmd.add("count=" + count);
        cmd.add("warmup=" + warmup);
        cmd.addAll(setup.harnessArgs());
        cmd.addAll(extra);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("C++ harness exited " + rc + ": " + out);
            }
            Map<String, String> kv = new HashMap<>();
            for (String tok : out.substring(out.lastIndexOf('\n') + 1).split(" ")) {
                int eq = tok.indexOf('=');
                if (eq > 0) {
                    kv.put(tok.substring(0, eq), tok.substring(eq + 1));
                }
            }
            return kv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the C++ harness", e);
        }
    }
}
