package org.nicsim.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in-process, capturing what it prints and its exit status. */
final class Cli {
    /** The repository's scenarios directory, wherever the tests run from. */
    static final Path SCENARIOS = scenarios();

    private Cli() {
    }

    /**
     * What one invocation did.
     *
     * @param status exit status
     * @param out    standard output
     * @param err    standard error
     */
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return run(Arrays.asList(args));
    }

    static Result run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.execute(args, new Terminal(o, e, false));
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with a system property set for the duration of the call. */
    static Result runWithProperty(String key, String value, String... args) {
        String old = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return run(args);
        } finally {
            if (old == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, old);
            }
        }
    }

    static Path scenario(String name) {
        return SCENARIOS.resolve(name);
    }

    static JsonObject json(Path file) {
        try {
            return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scenarios() {
        String root = System.getProperty("nicsim.root");
        Path p = root == null || root.isBlank() ? Path.of("scenarios") : Path.of(root, "testbench", "scenarios");
        return p.toAbsolutePath().normalize();
    }
}
