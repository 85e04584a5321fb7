package org.nicsim.model.rss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;

/** The Microsoft RSS verification vectors from the shared folder. */
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
        return Path.of("../../shared/vectors/rss-microsoft.json").toAbsolutePath().normalize();
    }

    static File load() throws IOException {
        return new Gson().fromJson(Files.readString(path()), File.class);
    }
}
