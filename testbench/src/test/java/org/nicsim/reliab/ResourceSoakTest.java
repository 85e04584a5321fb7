package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly JVM opens and closes many models: after warm-up, 1000 more (each with 4 MiB of host
 * memory, MMIO, a frame; every tenth with a waveform) leave resident memory, file descriptors and
 * temporary files where they were. Measured in a child JVM with a bound on direct memory
 * ({@link #JVM_OPTIONS}; ./nicsim passes one too): host memory is a direct buffer the JVM frees
 * only after a GC, and an idle heap never collects, so without a bound RSS grows by the 4 MiB of
 * every closed model (measured: 3.3 GiB after 1000) although nothing leaks; with it RSS plateaus
 * at about the bound.
 */
@Tag("nightly")
class ResourceSoakTest {
    static final int WARM_UP = 200;
    static final int MODELS = 1000;
    /** Reaching the bound makes the JVM collect, which frees closed models' host memory. */
    static final List<String> JVM_OPTIONS = List.of("-XX:MaxDirectMemorySize=32m");
    static final long RSS_MARGIN_KIB = 64 * 1024;

    @TempDir
    static Path tmp;

    static long rssBefore;
    static long rssAfter;
    static long fdsBefore;
    static long fdsAfter;
    static List<Path> tempBefore;
    static List<Path> tempAfter;
    static long wavesLeft;

    @BeforeAll
    static void soak() throws IOException, InterruptedException {
        Path waves = Files.createDirectory(tmp.resolve("waves"));
        Path javaTmp = Files.createDirectory(tmp.resolve("java-tmp"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-Djava.io.tmpdir=" + javaTmp, "-Dnicsim.native.dir=" + System.getProperty("nicsim.native.dir"),
                "-Dnicsim.root=" + System.getProperty("nicsim.root"), "-cp", System.getProperty("java.class.path"),
                SoakMain.class.getName(), String.valueOf(WARM_UP), String.valueOf(MODELS), waves.toString()));
        tempBefore = list(javaTmp);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // a hang guard only (the soak takes seconds); its speed is no part of the check
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("soak hung: no result after 20 minutes");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.trim().split("\n");
        String[] before = lines[lines.length - 3].trim().split(" ");
        String[] after = lines[lines.length - 2].trim().split(" ");
        rssBefore = Long.parseLong(before[0]);
        fdsBefore = Long.parseLong(before[1]);
        rssAfter = Long.parseLong(after[0]);
        fdsAfter = Long.parseLong(after[1]);
        tempAfter = list(javaTmp);
        wavesLeft = list(waves).size();
        System.out.printf("ResourceSoakTest: %d models in %s s; VmRSS %d -> %d KiB; fds %d -> %d%n", MODELS,
                lines[lines.length - 1].trim(), rssBefore, rssAfter, fdsBefore, fdsAfter);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void residentMemoryStaysFlatOverAThousandModels() {
        long growth = rssAfter - rssBefore;
        assertTrue(growth < RSS_MARGIN_KIB, "VmRSS grew by " + growth + " KiB (" + rssBefore + " -> " + rssAfter + ")");
    }

    @Test
    void everyFileDescriptorIsClosed() {
        // a leak per model would show up as ~1000; the JVM itself may open a descriptor or two lazily
        assertTrue(fdsAfter <= fdsBefore + 4, "open file descriptors: " + fdsBefore + " after warm-up, " + fdsAfter
                + " after 1000 models");
    }

    @Test
    void noTemporaryFilesAreLeftBehind() {
        assertEquals(tempBefore, tempAfter, "java.io.tmpdir of the soak JVM");
        assertEquals(0, wavesLeft, "every waveform was complete at close and could be deleted");
    }
}
