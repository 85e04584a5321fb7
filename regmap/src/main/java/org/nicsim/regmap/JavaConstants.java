package org.nicsim.regmap;

/**
 * Writes the driver's {@code NicRegisters}: the map as {@code int} constants, and the few address
 * and packing helpers every user of the map needs (written here so they follow the map).
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
                        + " * each register.\n */\npublic final class NicRegisters {\n    private NicRegisters() {\n    }\n\n");
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
        s.append(HELPERS.replace("QUEUE_BASE", q.name() + "_BASE").replace("QUEUE_STRIDE", q.name() + "_STRIDE"));
        s.append("}\n");
        return s.toString();
    }

    private static void javadoc(StringBuilder s, String text) {
        s.append("    /** ").append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;")).append(" */\n");
    }

    private static final String HELPERS = """

                /** Address of register {@code offset} in the block of queue {@code q}. */
                public static int queueReg(int q, int offset) {
                    if (q < 0 || q >= MAX_QUEUES) {
                        throw new IllegalArgumentException("queue " + q + " out of range 0.." + (MAX_QUEUES - 1));
                    }
                    return QUEUE_BASE + QUEUE_STRIDE * q + offset;
                }

                /** Address of RSS_KEY word {@code i}. */
                public static int rssKeyWord(int i) {
                    if (i < 0 || i >= RSS_KEY_WORDS) {
                        throw new IllegalArgumentException("RSS key word " + i + " out of range 0.." + (RSS_KEY_WORDS - 1));
                    }
                    return RSS_KEY_BASE + 4 * i;
                }

                /** Address of RETA word {@code i}, which holds entries 4i..4i+3. */
                public static int retaWord(int i) {
                    if (i < 0 || i >= RETA_WORDS) {
                        throw new IllegalArgumentException("RETA word " + i + " out of range 0.." + (RETA_WORDS - 1));
                    }
                    return RETA_BASE + 4 * i;
                }

                /** Packs key bytes 4i..4i+3 into RSS_KEY word i, most significant byte first. */
                public static int packKeyWord(byte[] key, int i) {
                    if (key.length != RSS_KEY_BYTES) {
                        throw new IllegalArgumentException("rss key must be " + RSS_KEY_BYTES + " bytes, got " + key.length);
                    }
                    return (key[4 * i] & 0xFF) << 24 | (key[4 * i + 1] & 0xFF) << 16
                            | (key[4 * i + 2] & 0xFF) << 8 | (key[4 * i + 3] & 0xFF);
                }

                /** Packs RETA entries 4i..4i+3 into RETA word i, entry 4i+k in byte k. */
                public static int packRetaWord(int[] reta, int i) {
                    if (reta.length != RETA_SIZE) {
                        throw new IllegalArgumentException("reta must have " + RETA_SIZE + " entries, got " + reta.length);
                    }
                    int w = 0;
                    for (int k = 0; k < 4; k++) {
                        int e = reta[4 * i + k];
                        if (e < 0 || e >= 1 << RETA_ENTRY_BITS) {
                            throw new IllegalArgumentException("reta[" + (4 * i + k) + "] = " + e + " out of range 0.."
                                    + ((1 << RETA_ENTRY_BITS) - 1));
                        }
                        w |= e << (8 * k);
                    }
                    return w;
                }
            """;
}
