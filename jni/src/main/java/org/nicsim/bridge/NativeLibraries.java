package org.nicsim.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds, loads (once per file) and checks the model libraries {@code libnicsim-<top>.so} (the
 * default build) and {@code libnicsim-<top>-q<N>.so} (built with NUM_QUEUES N), and remembers each
 * library's API table address.
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
        Optional<Path> built = repositoryDir();
        if (built.isPresent()) {
            return built.get();
        }
        throw new IllegalStateException("cannot locate the nicsim native libraries: set system property "
                + DIR_PROPERTY + ", environment variable " + DIR_ENV + ", or system property nicsim.root");
    }

    /** {@code <nicsim.root>/jni/target/native}, where the repository's build puts the libraries; empty without nicsim.root. */
    static Optional<Path> repositoryDir() {
        String root = System.getProperty("nicsim.root");
        return root == null || root.isBlank() ? Optional.empty()
                : Optional.of(Path.of(root, "jni", "target", "native").toAbsolutePath().normalize());
    }

    /**
     * Loads the library of {@code top} built with {@code numQueues} queues (0: the default build)
     * from {@code dir} (once) and returns its API table.
     */
    static long api(Path dir, String top, int numQueues) {
        return api(dir, top, numQueues, "");
    }

    /**
     * As {@link #api(Path, String, int)} for a build variant ("coverage": {@code ...-coverage.so}; "" the plain build).
     * A plain build missing from the repository's own library directory is built first ({@link OnDemandBuild}).
     */
    static long api(Path dir, String top, int numQueues, String buildVariant) {
        Path file = file(dir, top, numQueues, buildVariant);
        if (numQueues == 0 && buildVariant.isEmpty() && !Files.isRegularFile(file)) {
            OnDemandBuild.forDir(dir).ifPresent(b -> b.build(top, file));
        }
        long api = APIS.computeIfAbsent(file, f -> load(f, top));
        int built = NativeBridge.apiNumQueues(api);
        if (numQueues != 0 && built != numQueues) {
            throw new IllegalStateException(file + " was built with NUM_QUEUES " + built + ", not " + numQueues);
        }
        return api;
    }

    /** Whether the library of that top, queue count and build variant is in {@code dir}. */
    static boolean exists(Path dir, String top, int numQueues, String buildVariant) {
        return Files.isRegularFile(file(dir, top, numQueues, buildVariant));
    }

    private static Path file(Path dir, String top, int numQueues, String buildVariant) {
        String variant = (numQueues == 0 ? "" : "-q" + numQueues) + (buildVariant.isEmpty() ? "" : "-" + buildVariant);
        return dir.resolve("libnicsim-" + top + variant + ".so").toAbsolutePath().normalize();
    }

    private static long load(Path file, String top) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("native library for top '" + top + "' not found: " + file
                    + " (build it with: mvn -B -ntp install -DskipTests from the repository root; the test tops"
                    + " and NUM_QUEUES variants are built by the jni module's test phase)");
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
