package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain model library the repository's library directory lacks is built when first loaded, with
 * the repository's build-lib.sh (a cache hit here: the test phase built these libraries).
 */
class OnDemandBuildTest {
    private static final Path ROOT = Path.of(System.getProperty("nicsim.root")).toAbsolutePath().normalize();
    private static final Path OWN_DIR = ROOT.resolve("jni/target/native");
    private static final Path SCRIPT = ROOT.resolve("jni/src/main/native/build-lib.sh");

    @TempDir
    Path dir;

    @Test
    void onlyTheRepositorysOwnLibraryDirectoryIsBuiltInto() {
        assertTrue(OnDemandBuild.forDir(OWN_DIR).isPresent());
        assertFalse(OnDemandBuild.forDir(dir).isPresent(), "a directory the caller names is used as it is");
    }

    @Test
    void aMissingLibraryIsBuiltAsTheBuildScriptMakesItAndThenLoads() throws Exception {
        Path file = dir.resolve("libnicsim-bridge_test_top.so");
        new OnDemandBuild(SCRIPT, dir).build("bridge_test_top", file);

        assertArrayEquals(Files.readAllBytes(OWN_DIR.resolve("libnicsim-bridge_test_top.so")), Files.readAllBytes(file));
        assertEquals("bridge_test_top", NativeBridge.apiTop(NativeLibraries.api(dir, "bridge_test_top", 0)));
    }

    @Test
    void aFailedBuildIsAnErrorNamingTheLibraryAndTheScriptsMessage() {
        Path file = dir.resolve("libnicsim-no_such_top.so");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OnDemandBuild(SCRIPT, dir).build("no_such_top", file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("unknown top 'no_such_top'"),
                e.getMessage());
    }

    @Test
    void aLibraryInADirectoryTheCallerNamedIsNotBuilt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NativeLibraries.api(dir, "bridge_test_top", 0));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("libnicsim-bridge_test_top.so")));
    }
}
