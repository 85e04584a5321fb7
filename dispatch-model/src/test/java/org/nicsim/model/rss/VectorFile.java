package org.nicsim.model.rss;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.Gson;

/**
 * The Microsoft RSS verification vectors ("Verifying the RSS Hash Calculation"), kept verbatim in
 * this module's test resources; the RTL tests read the same file.
 */
final class VectorFile {
    /** Class-path location of the vector file. */
    static final String RESOURCE = "/vectors/rss-microsoft.json";

    record Vector(String src, int srcPort, String dst, int dstPort, String hashL3, String hashL4) {
    }

    record File(String key, String source, List<Vector> vectors) {
    }

    private VectorFile() {
    }

    static File load() throws IOException {
        try (InputStream in = VectorFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("test resource " + RESOURCE + " is missing");
            }
            return new Gson().fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), File.class);
        }
    }
}
