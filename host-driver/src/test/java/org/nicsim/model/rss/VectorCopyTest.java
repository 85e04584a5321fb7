package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled vector file is a verbatim copy of the design's shared one. */
class VectorCopyTest {
    @Test
    void bundledVectorsEqualTheSharedFileWhenItIsPresent() throws Exception {
        Path shared = VectorFile.path();
        // only meaningful where the shared folder exists (developer machines and CI have it)
        Assumptions.assumeFalse(shared.equals(VectorFile.bundled()), "no shared folder beside the repository");
        assertArrayEquals(Files.readAllBytes(shared), Files.readAllBytes(VectorFile.bundled()));
    }
}
