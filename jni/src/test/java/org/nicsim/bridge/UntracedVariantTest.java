package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The untraced build of nic_top: chosen only for models that never trace, and unable to trace. */
class UntracedVariantTest {
    @TempDir
    Path dir;

    @Test
    void anUntracedModelLoadsTheNotraceBuildWhenItWasBuilt() throws Exception {
        Files.createFile(dir.resolve("libnicsim-nic_top-notrace.so"));
        assertEquals(NicModelOptions.UNTRACED, NicModelOptions.builder().libraryDir(dir).untraced().build().variant());
    }

    @Test
    void anUntracedModelFallsBackToTheDefaultBuild() {
        assertEquals("", NicModelOptions.builder().libraryDir(dir).untraced().build().variant());
    }

    @Test
    void aModelThatMayTraceKeepsTheDefaultBuild() throws Exception {
        Files.createFile(dir.resolve("libnicsim-nic_top-notrace.so"));
        assertEquals("", NicModelOptions.builder().libraryDir(dir).build().variant());
        assertEquals("", NicModelOptions.builder().libraryDir(dir).untraced().traceable().build().variant());
    }

    @Test
    void anotherVariantIsLeftAlone() throws Exception {
        Files.createFile(dir.resolve("libnicsim-nic_top-notrace.so"));
        assertEquals("coverage", NicModelOptions.builder().libraryDir(dir).variant("coverage").untraced().build()
                .variant());
    }

    @Test
    void theNotraceBuildRefusesToTraceAndSaysWhy() {
        NicModelOptions o = NicModelOptions.builder().untraced().build();
        assertEquals(NicModelOptions.UNTRACED, o.variant(), "the jni module's build makes the untraced library");
        try (NicModel m = NicModel.open(o)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> m.probes().traceOn(dir.resolve("w.fst"), 0));
            assertTrue(e.getMessage().contains("without FST tracing"), e.getMessage());
            long before = m.cycle();
            m.run(100, 0);   // the refusal leaves the model usable
            assertEquals(before + 100, m.cycle());
        }
    }
}
