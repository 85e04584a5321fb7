package org.nicsim.regmap;

/**
 * Writes the driver's {@code NicRegisterMap}: the map as {@code int} constants. The address and
 * packing helpers are plain source in the hand-written {@code NicRegisters}, which extends it, so
 * users see one class and the helpers are compiled and reviewed like any other code.
 */
final class JavaConstants {
    private JavaConstants() {
    }

    static String write(RegisterMap m) {
        StringBuilder s = new StringBuilder();
        RegisterMap.QueueBlock q = m.queueBlock();
        s.append("// Generated from ").append(Generator.SOURCE).append(" by org.nicsim.regmap.Generator: do not edit.\n");
        s.append("// Regenerate with: ").append(Generator.COMMAND).append("\n");
        s.append("package org.nicsim.driver;\n\n/**\n * ").append(m.description())
                .append(".\n *\n * <p>Byte addresses on the AXI4-Lite port, field masks and sizes; docs/registers.md explains\n"
                        + " * each register. Use it through {@code NicRegisters}, which adds the address and packing\n"
                        + " * helpers.\n */\npublic class NicRegisterMap {\n    protected NicRegisterMap() {\n    }\n\n");
        for (RegisterMap.Register r : m.registers()) {
            javadoc(s, r.name() + " (" + r.access() + "): " + r.desc());
            s.append("    public static final int ").append(r.name()).append(" = 0x").append(Generator.hex(r.offset(), 4))
                    .append(";\n");
        }
        s.append('\n');
        for (RegisterMap.Window w : m.windows()) {
            javadoc(s, w.name() + "[0.." + (w.words() - 1) + "] (" + w.access() + "): " + w.desc());
            s.append("    public static final int ").append(w.name()).append("_BASE = 0x")
                    .append(Generator.hex(w.offset(), 4)).append(";\n");
            s.append("    public static final int ").append(w.name()).append("_WORDS = ").append(w.words()).append(";\n");
        }
        s.append('\n');
        javadoc(s, "What a read of an unmapped address returns.");
        s.append("    public static final int UNMAPPED_VALUE = 0x").append(Generator.hex(m.unmappedValue(), 8)).append(";\n");
        for (RegisterMap.Constant c : m.constants()) {
            javadoc(s, c.desc());
            s.append("    public static final int ").append(c.name()).append(" = ")
                    .append(c.value() > 0xFFFF ? "0x" + Generator.hex(c.value(), 8) : Long.toString(c.value()))
                    .append(";\n");
        }
        s.append('\n');
        for (RegisterMap.Register r : m.registers()) {
            for (RegisterMap.Field f : r.fields()) {
                String n = r.name() + "_" + f.name();
                if (!f.desc().isEmpty()) {
                    javadoc(s, f.desc());
                }
                if (f.width() == 1) {
                    s.append("    public static final int ").append(n).append(" = 1 << ").append(f.lsb()).append(";\n");
                } else {
                    s.append("    public static final int ").append(n).append("_SHIFT = ").append(f.lsb()).append(";\n");
                    s.append("    public static final int ").append(n).append("_MASK = 0x")
                            .append(Long.toHexString((1L << f.width()) - 1).toUpperCase()).append(";\n");
                }
            }
        }
        s.append('\n');
        javadoc(s, "Per-queue register block: base {@code " + q.name() + "_BASE + " + q.name() + "_STRIDE * q}; "
                + q.desc() + ".");
        s.append("    public static final int ").append(q.name()).append("_BASE = 0x").append(Generator.hex(q.base(), 4))
                .append(";\n");
        s.append("    public static final int ").append(q.name()).append("_STRIDE = 0x").append(Generator.hex(q.stride(), 2))
                .append(";\n");
        for (RegisterMap.Register r : q.registers()) {
            javadoc(s, r.name() + " (" + r.access() + "): " + r.desc());
            s.append("    public static final int ").append(r.name()).append(" = 0x").append(Generator.hex(r.offset(), 2))
                    .append(";\n");
        }
        javadoc(s, "Offset of the doorbell register in a queue block.");
        s.append("    public static final int DOORBELL = ").append(q.doorbell().name()).append(";\n");
        s.append("}\n");
        return s.toString();
    }

    private static void javadoc(StringBuilder s, String text) {
        s.append("    /** ").append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;")).append(" */\n");
    }
}
