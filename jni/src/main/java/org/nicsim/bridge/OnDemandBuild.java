package org.nicsim.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Builds a plain model library that the repository's own library directory lacks, with the
 * repository's {@code build-lib.sh} (which serves it from the native cache when it is there).
 * {@code make main} builds only the untraced library that runs with waveforms off load; the traced
 * one, which only waveform runs, {@code replay} and {@code explain} load, is built here when one
 * first asks for it, so a change of the RTL costs one Verilator build before the next run, not two.
 * Only {@code <nicsim.root>/jni/target/native} is built into: a directory the caller names is used
 * as it is.
 */
final class OnDemandBuild {
    private static final Object LOCK = new Object();   // one build at a time in this JVM
    private static final int TAIL_LINES = 20;

    private final Path script;
    private final Path dir;

    /** A builder running {@code script} ({@code build-lib.sh}) into {@code dir}. */
    OnDemandBuild(Path script, Path dir) {
        this.script = script;
        this.dir = dir;
    }

    /** A builder for {@code dir} if it is the repository's own library directory ({@link NativeLibraries#repositoryDir}). */
    static Optional<OnDemandBuild> forDir(Path dir) {
        return NativeLibraries.repositoryDir()
                .filter(own -> own.equals(dir.toAbsolutePath().normalize()))
                .map(own -> new OnDemandBuild(own.getParent().getParent()   // jni/target/native -> jni
                        .resolve("src/main/native/build-lib.sh"), own))
                .filter(b -> Files.isExecutable(b.script));
    }

    /**
     * Builds the plain library of {@code top} into the directory unless {@code file} is there by
     * now; the build's output goes to standard error.
     *
     * @throws IllegalStateException if the build fails or is interrupted
     */
    void build(String top, Path file) {
        synchronized (LOCK) {
            if (Files.isRegularFile(file)) {
                return;
            }
            System.err.println("nicsim: building " + file.getFileName()
                    + " (first load since the sources changed; cached after)");
            ProcessBuilder pb = new ProcessBuilder(script.toString(), top, dir.toString()).redirectErrorStream(true);
            Path javaHome = Path.of(System.getProperty("java.home"));
            if (Files.isRegularFile(javaHome.resolve("include").resolve("jni.h"))) {
                pb.environment().put("JAVA_HOME", javaHome.toString());
            }
            Deque<String> tail = new ArrayDeque<>();
            int rc;
            Process p = null;
            try {
                p = pb.start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        System.err.println(line);
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
                rc = p.waitFor();
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + script + " to build " + file + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                p.destroy();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building " + file, e);
            }
            if (rc != 0 || !Files.isRegularFile(file)) {
                throw new IllegalStateException("building " + file + " failed (" + script.getFileName() + " " + top
                        + " exited " + rc + "): " + String.join(" | ", tail));
            }
        }
    }
}
