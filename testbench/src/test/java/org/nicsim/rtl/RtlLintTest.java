package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The synthesizable RTL must be clean under {@code verilator --lint-only -Wall}, as a whole and per module. */
class RtlLintTest {

    static Path rtlDir() {
        return Path.of(System.getProperty("nicsim.root", "..")).resolve("rtl");
    }

    static Stream<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(rtlDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sv"))
                    .sorted().toList().stream();
        }
    }

    static String lint(String file, String top) throws Exception {
        // packages are not found through -y: every package file goes first
        List<String> cmd = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "-y", "."));
        modules().filter(n -> n.endsWith("_pkg.sv") && !n.equals(file)).forEach(cmd::add);
        cmd.addAll(List.of(file, "--top-module", top));
        Process p = new ProcessBuilder(cmd).directory(rtlDir().toFile()).redirectErrorStream(true).start();
        // reading to EOF waits for verilator to exit; a hang ends at the fork timeout (pom.xml)
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return p.exitValue() == 0 && out.isBlank() ? "" : "exit " + p.exitValue() + "\n" + out;
    }

    @Test
    void nicTopLintsCleanWithAllWarnings() throws Exception {
        assertEquals("", lint("nic_top.sv", "nic_top"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyModuleLintsCleanOnItsOwn(String file) throws Exception {
        String top = file.substring(0, file.length() - 3);
        assertEquals("", lint(file, top), file + " is one module named after its file and lints clean");
    }

    @Test
    void fileListNamesEveryRtlFile() throws Exception {
        List<String> listed = Files.readAllLines(rtlDir().resolve("nic.f")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("//")).sorted().toList();
        List<String> present = modules().toList();
        assertFalse(present.isEmpty());
        assertEquals(present, listed, "rtl/nic.f lists exactly the .sv files in rtl/");
    }
}
