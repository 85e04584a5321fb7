package org.nicsim.model.rss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;

/**
 * The Microsoft RSS verification vectors: the design's shared folder when it sits beside the
 * repository, else the verbatim copy kept in this module's test resources (so a clone alone passes;
 * {@code VectorCopyTest} keeps the copy equal to the shared file).
 */
final class VectorFile {
    record Vector(String src, int srcPort, String dst, int dstPort, String hashL3, String hashL4) {
    }

    record File(String key, String source, List<Vector> vectors) {
    }

    private VectorFile() {
    }

    /** {@code <nicsim.root>/../shared/vectors/...}, else {@code ../../shared} from the module. */
    static Path path() {
        String root = System.getProperty("nicsim.root");
        if (root != null) {
            Path p = Path.of(root).resolve("../shared/vectors/rss-microsoft.json").normalize();
            if (Files.exists(p)) {
                return p;
            }
        }
        Path sibling = Path.of("../../shared/vectors/rss-microsoft.json").toAbsolutePath().normalize();
        return Files.exists(sibling) ? sibling : bundled();
    }

    /** The copy in this module's test resources. */
    static Path bundled() {
        String root = System.getProperty("nicsim.root");
        Path base = root != null ? Path.of(root, "host-driver") : Path.of("").toAbsolutePath();
        return base.resolve("src/test/resources/vectors/rss-microsoft.json");
    }

    static File load() throws IOException {
        return new Gson().fromJson(Files.readString(path()), File.class);
    }
}
