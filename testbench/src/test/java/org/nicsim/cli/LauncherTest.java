package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./nicsim} itself: usage, {@code test --help}, the Verilator versions it
 * refuses, and non-ASCII paths under the C locale. It runs here without building
 * ({@code NICSIM_NO_BUILD}, the test class path as {@code NICSIM_CLASSPATH}).
 */
class LauncherTest {
    @TempDir
    Path tmp;

    private static final Path ROOT = Path.of(System.getProperty("nicsim.root", "..")).toAbsolutePath().normalize();

    record Ran(int status, String out, String err) {
    }

    private Ran launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("nicsim").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().put("NICSIM_NO_BUILD", "1");
        pb.environment().put("NICSIM_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().putAll(env);
        Path out = tmp.resolve("launcher.out");
        Path err = tmp.resolve("launcher.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher hung");
        }
        return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void noCommandPrintsTheUsageOnStderrAndExits2() throws Exception {
        Ran r = launch(Map.of());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("usage: ./nicsim"), r.err());
    }

    @Test
    void anUnknownBenchVariantIsRefusedBeforeAnyBuild() throws Exception {
        Ran r = launch(Map.of(), "bench", "--variants", "notrace,bogus");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("nicsim bench: --variants: unknown variant bogus"), r.err());
        assertFalse(r.err().contains("nicsim-native"), r.err());
    }

    @Test
    void testHelpDescribesTheSuiteNotMaven() throws Exception {
        Ran r = launch(Map.of(), "test", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("-Pnightly"), r.out());
        assertFalse(r.out().contains("usage: mvn"), r.out());
    }

    @Test
    void helpListsEveryCommandOfTheCommandLine() throws Exception {
        Ran r = launch(Map.of(), "--help");
        assertEquals(0, r.status(), r.err());
        for (Command c : Main.COMMANDS) {
            assertTrue(r.out().contains("\n  " + c.name() + " "), c.name() + " missing from:\n" + r.out());
        }
    }

    @Test
    void buildHelpSaysWhatBuildDoesWithoutBuilding() throws Exception {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path fake = bin.resolve("verilator");   // a refused Verilator: a build would exit 2
        Files.writeString(fake, "#!/bin/sh\necho 'Verilator 5.038 2025-07-08 rev v5.038'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Ran r = launch(Map.of("PATH", bin + ":" + System.getenv("PATH")), "build", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("usage: ./nicsim build"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void buildWithAnArgumentIsAUsageError() throws Exception {
        Ran r = launch(Map.of(), "build", "--bogus");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("'--bogus'"), r.err());
        assertFalse(r.err().contains("building"), r.err());
    }

    @Test
    void aVerilatorThatMiscompilesTheRtlIsRefused() throws Exception {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path fake = bin.resolve("verilator");
        Files.writeString(fake, "#!/bin/sh\necho 'Verilator 5.038 2025-07-08 rev v5.038'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Ran r = launch(Map.of("PATH", bin + ":" + System.getenv("PATH")), "build");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("Verilator 5.038") && r.err().contains("5.044 or newer"), r.err());
    }

    @Test
    void theNativeBuildRefusesThatVerilatorToo() throws Exception {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        Path fake = bin.resolve("verilator");
        Files.writeString(fake, "#!/bin/sh\necho 'Verilator 5.043 2025-11-02 rev v5.043'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("jni/src/main/native/build-lib.sh").toString(), "nic_top",
                tmp.resolve("lib").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("Verilator 5.043 2025-11-02 rev v5.043 is not supported"), err);
        assertFalse(Files.exists(tmp.resolve("lib")), "nothing built");
    }

    @Test
    void aSecondLauncherWaitsForTheBuildInsteadOfRacingIt() throws Exception {
        // a copy of the launcher over an empty tree, with a Maven that only records that it ran
        Path root = tmp.resolve("repo");
        Path native_ = root.resolve("jni/src/main/native");
        Files.createDirectories(native_);
        Files.copy(ROOT.resolve("nicsim"), root.resolve("nicsim"));
        Files.copy(ROOT.resolve("jni/src/main/native/verilator-version.sh"), native_.resolve("verilator-version.sh"));
        for (String pom : List.of("pom.xml", "jni/pom.xml", "host-driver/pom.xml", "testbench/pom.xml")) {
            Files.createDirectories(root.resolve(pom).getParent());
            Files.writeString(root.resolve(pom), "");
        }
        Path bin = tmp.resolve("fake-bin");
        Files.createDirectories(bin);
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho built >> target/mvn-runs\nmkdir -p testbench/target\n"
                + "touch testbench/target/classpath.txt\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path make = bin.resolve("make");   // `build` also makes the traced model
        Files.writeString(make, "#!/bin/sh\necho \"$*\" >> " + root.resolve("target/make-runs") + "\n");
        Files.setPosixFilePermissions(make, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lock = root.resolve("target/nicsim-build.lock");
        Files.createDirectories(lock.getParent());

        Process holder = new ProcessBuilder("flock", lock.toString(), "-c", "echo held; read x").start();
        java.io.BufferedReader held = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
        assertEquals("held", held.readLine());
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("nicsim").toString(), "build").directory(root.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process second = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(second.getErrorStream()));
        String line = err.readLine();
        assertEquals("nicsim: waiting for another ./nicsim to finish building", line);
        assertFalse(Files.exists(root.resolve("target/mvn-runs")), "it built while another build held the lock");
        holder.getOutputStream().write('\n');
        holder.getOutputStream().close();
        holder.waitFor(5, TimeUnit.MINUTES);
        err.transferTo(java.io.Writer.nullWriter());
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, second.exitValue());
        assertEquals(List.of("built"), Files.readAllLines(root.resolve("target/mvn-runs")));
        assertTrue(Files.readString(root.resolve("target/make-runs")).contains(" traced "), "the traced model is made too");
        assertTrue(Files.exists(root.resolve("target/nicsim-build.log")), "the build log lives in target/");
        assertFalse(Files.exists(root.resolve("target-build.log")));
    }

    @Test
    void nonAsciiPathsWorkUnderTheCLocale() throws Exception {
        Path dir = tmp.resolve("scénario-ü");
        Files.createDirectories(dir);
        Path scenario = dir.resolve("façade.json");
        Files.writeString(scenario, "{\"name\": \"facade\"}", StandardCharsets.UTF_8);
        Path out = tmp.resolve("输出");
        Ran r = launch(Map.of("LC_ALL", "C", "LANG", ""), "run", scenario.toString(), "--packets", "5", "--out",
                out.toString(), "-q");
        assertEquals(0, r.status(), r.out() + r.err());
        JsonArray command = Cli.json(out.resolve("report.json")).getAsJsonArray("command");
        assertEquals(scenario.toString(), command.get(1).getAsString());
        assertEquals(out.toString(), command.get(5).getAsString());
    }
}
