package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written is a failed run, exit 3 naming the file: never 0 (a pass) and
 * never 2 (bad input, nothing started). A file size limit ({@code ulimit -f}) in a child process
 * stands for a full disk: writes fail the same way (EFBIG instead of ENOSPC).
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aFileSizeLimitOnTheTransmitCaptureIsExit3NamingIt() {
        Path out = tmp.resolve("tx");
        Cli.Result r = CliProcess.run(1024, Map.of(), "run", "--packets", "20000", "--out", out.toString(), "-q");
        assertEquals(3, r.status(), r.toString());
        assertTrue(r.out().contains(out.resolve("tx.pcap").toString()), r.toString());
        assertEquals("error", Cli.json(out.resolve("report.json")).get("status").getAsString());
    }

    @Test
    void aWaveformCutShortByTheLimitIsExit3AndRemoved() {
        Path out = tmp.resolve("wave");
        Cli.Result r = CliProcess.run(600, Map.of(), "run", "--packets", "1500", "--set", "app=sink", "--wave", "on",
                "--out", out.toString(), "-q");
        assertEquals(3, r.status(), r.toString());
        assertTrue(r.out().contains("wave.fst is incomplete"), r.toString());
        assertFalse(Files.exists(out.resolve("wave.fst")), "a truncated FST hangs its readers");
    }

    @Test
    void anUnwritableOutputFolderIsExit3NotBadInput() throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            // root writes through permissions: a report file in the way of a folder fails the same way
            Path out = tmp.resolve("blocked");
            Files.createDirectories(out.resolve("report.json").resolve("x"));
            Cli.Result r = Cli.run("run", "--packets", "5", "--out", out.toString());
            assertEquals(3, r.status(), r.toString());
            assertTrue(r.err().contains("report.json"), r.toString());
            return;
        }
        Path out = tmp.resolve("readonly");
        Files.createDirectories(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        Cli.Result r = Cli.run("run", "--packets", "5", "--out", out.toString());
        assertEquals(3, r.status(), r.toString());
        assertTrue(r.err().contains(out.toString()), r.toString());
    }
}
