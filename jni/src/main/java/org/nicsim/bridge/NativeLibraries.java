package org.nicsim.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds, loads (once per file) and checks the model libraries {@code libnicsim-<top>.so}, and
 * remembers each library's API table address.
 */
final class NativeLibraries {
    /** System property naming the directory of the native libraries. */
    static final String DIR_PROPERTY = "nicsim.native.dir";
    /** Environment variable naming the directory of the native libraries. */
    static final String DIR_ENV = "NICSIM_NATIVE_DIR";

    private static final Map<Path, Long> APIS = new ConcurrentHashMap<>();

    private NativeLibraries() {
    }

    /**
     * The directory to load from: the explicit option, else system property {@value #DIR_PROPERTY},
     * else environment variable {@value #DIR_ENV}, else {@code <nicsim.root>/jni/target/native}.
     */
    static Path resolveDir(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String prop = System.getProperty(DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv(DIR_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String root = System.getProperty("nicsim.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root, "jni", "target", "native");
        }
        throw new IllegalStateException("cannot locate the nicsim native libraries: set system property "
                + DIR_PROPERTY + ", environment variable " + DIR_ENV + ", or system property nicsim.root");
    }

    /** Loads the library of {@code top} from {@code dir} (once) and returns its API table. */
    static long api(Path dir, String top) {
        return api(dir, top, "");
    }

    /** As {@link #api(Path, String)} for a build variant: {@code libnicsim-<top>-<variant>.so} ("" = the plain library). */
    static long api(Path dir, String top, String variant) {
        Path file = dir.resolve("libnicsim-" + top + (variant.isEmpty() ? "" : "-" + variant) + ".so").toAbsolutePath().normalize();
        return APIS.computeIfAbsent(file, f -> load(f, top));
    }

    private static long load(Path file, String top) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("native library for top '" + top + "' not found: " + file
                    + " (build it with: mvn -pl jni package" + ("nic_top".equals(top) ? "" : ", or mvn -pl jni test-compile")
                    + ")");
        }
        System.load(file.toString());
        long api = NativeBridge.libraryApi(file.toString());
        String built = NativeBridge.apiTop(api);
        if (!top.equals(built)) {
            throw new IllegalStateException(file + " contains top '" + built + "', not '" + top + "'");
        }
        return api;
    }
}
