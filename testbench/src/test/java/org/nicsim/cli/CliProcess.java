package org.nicsim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as the launcher starts it: for what an in-process run
 * cannot show (signals, a file size limit, the process's exit status and locale).
 */
final class CliProcess {
    /** A process that does not end within this is hung: the test fails rather than waits forever. */
    private static final long HANG_MINUTES = 5;

    private final Process process;
    private final BufferedReader out;
    private final StringBuilder seen = new StringBuilder();

    private CliProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts {@code org.nicsim.cli.Main args} with this test JVM's class path.
     *
     * @param fileSizeKiB a {@code ulimit -f} for the process (KiB), or 0 for none
     * @param env         extra environment
     */
    static CliProcess start(long fileSizeKiB, Map<String, String> env, List<String> args) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnicsim.root=" + System.getProperty("nicsim.root", ".."),
                "-Dnicsim.native.dir=" + System.getProperty("nicsim.native.dir"), "org.nicsim.cli.Main"));
        java.addAll(args);
        List<String> command = new ArrayList<>();
        if (fileSizeKiB > 0) {
            command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeKiB + " && exec \"$@\"", "nicsim"));
        }
        command.addAll(java);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            return new CliProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CliProcess start(String... args) {
        return start(0, Map.of(), List.of(args));
    }

    /** Reads output lines until one starts with {@code prefix} (the command has reached that point). */
    String awaitLine(String prefix) {
        try {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                seen.append(l).append('\n');
                if (l.startsWith(prefix)) {
                    return l;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the process ended without printing '" + prefix + "':\n" + seen);
    }

    /** Sends a signal by name (INT, TERM) with kill(1). */
    void signal(String name) {
        try {
            int rc = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (rc != 0) {
                throw new AssertionError("kill -" + name + " failed: " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for the end; returns the exit status and everything printed. */
    Cli.Result finish() {
        try {
            StringBuilder rest = new StringBuilder();
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                rest.append(l).append('\n');
            }
            if (!process.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("hung:\n" + seen + "\n" + rest);
            }
            return new Cli.Result(process.exitValue(), seen.toString() + rest, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Cli.Result run(long fileSizeKiB, Map<String, String> env, String... args) {
        return start(fileSizeKiB, env, List.of(args)).finish();
    }
}
