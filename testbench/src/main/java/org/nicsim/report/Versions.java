package org.nicsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Versions a report records, so a result can be tied to the tools that produced it.
 *
 * @param nicsim    the nicsim build (Maven project version)
 * @param verilator {@code verilator --version} of the installed Verilator, or "unknown"
 * @param java      Java runtime version and vendor
 */
public record Versions(String nicsim, String verilator, String java) {
    public static final String UNKNOWN = "unknown";

    /** Finds the versions; asking Verilator costs one short subprocess (~50 ms), done once per JVM. */
    public static synchronized Versions detect() {
        if (detected == null) {
            detected = new Versions(nicsimVersion(), verilatorVersion(),
                    System.getProperty("java.runtime.version", System.getProperty("java.version", UNKNOWN))
                            + " (" + System.getProperty("java.vendor", UNKNOWN) + ")");
        }
        return detected;
    }

    private static Versions detected;

    /**
     * The build a result came from, for regression ids: nicsim and Verilator versions and the
     * launcher's fingerprint of the sources it last built ({@code target/nicsim-build.stamp}).
     */
    public String build() {
        String root = System.getProperty("nicsim.root");
        String stamp = UNKNOWN;
        if (root != null && !root.isBlank()) {
            try {
                stamp = Files.readString(Path.of(root, "target", "nicsim-build.stamp")).strip();
            } catch (IOException e) {
                stamp = UNKNOWN;
            }
        }
        return "nicsim " + nicsim + ", " + verilator + ", sources " + stamp;
    }

    private static String nicsimVersion() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", UNKNOWN);
            return v.startsWith("${") ? UNKNOWN : v;   // unfiltered resource: not built by Maven
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private static String verilatorVersion() {
        try {
            Process p = new ProcessBuilder("verilator", "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readNBytes(400);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return UNKNOWN;
            }
            String line = new String(out, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            return p.exitValue() == 0 && line.startsWith("Verilator") ? line : UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }
}
