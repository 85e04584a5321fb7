package org.nicsim.regmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every file derived from {@code regmap/nic_regs.json}. Run from the repository root with
 * {@code mvn -B -ntp -q -pl regmap compile exec:java}; the module's test fails when a committed
 * file differs from what this produces.
 */
public final class Generator {
    /** The register map source, relative to the repository root. */
    public static final String SOURCE = "regmap/nic_regs.json";
    /** How to regenerate, quoted in every generated file. */
    public static final String COMMAND = "mvn -B -ntp -q -pl regmap compile exec:java";

    private Generator() {
    }

    /**
     * @param root the repository root
     * @return each generated file (path relative to root) and its whole content
     * @throws IOException if the source or the markdown document cannot be read
     */
    public static Map<String, String> outputs(Path root) throws IOException {
        RegisterMap map = RegisterMap.load(root.resolve(SOURCE));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("rtl/nic_regs_pkg.sv", SvPackage.write(map));
        out.put("host-driver/src/main/java/org/nicsim/driver/NicRegisterMap.java", JavaConstants.write(map));
        out.put("jni/src/bench/nic_regs.h", CppHeader.write(map));
        String doc = "docs/registers.md";
        out.put(doc, MarkdownTable.splice(Files.readString(root.resolve(doc), StandardCharsets.UTF_8), map));
        return out;
    }

    /**
     * Regenerates every derived file.
     *
     * @param args the repository root (default: the working directory)
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try {
            for (Map.Entry<String, String> e : outputs(root).entrySet()) {
                Path f = root.resolve(e.getKey());
                if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(e.getValue())) {
                    Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                    System.out.println("regmap: wrote " + e.getKey());
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("regmap: " + e.getMessage());
            System.exit(2);
        }
    }

    static String hex(long v, int digits) {
        return String.format("%0" + digits + "X", v);
    }
}
