package org.nicsim.regmap;

/**
 * Writes the register tables of {@code docs/registers.md} between its BEGIN/END markers; the
 * prose around them is written by hand.
 */
final class MarkdownTable {
    static final String BEGIN = "<!-- BEGIN generated register tables: " + Generator.COMMAND + " -->";
    static final String END = "<!-- END generated register tables -->";

    private MarkdownTable() {
    }

    static String splice(String doc, RegisterMap m) {
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("docs/registers.md: markers '" + BEGIN + "' and '" + END + "' not found in order");
        }
        return doc.substring(0, b + BEGIN.length()) + "\n" + tables(m) + doc.substring(e);
    }

    static String tables(RegisterMap m) {
        StringBuilder s = new StringBuilder();
        s.append("\n### Global registers\n\n| address | name | access | reset | meaning |\n|---|---|---|---|---|\n");
        // registers and windows in one table, by address
        java.util.TreeMap<Integer, String> rows = new java.util.TreeMap<>();
        for (RegisterMap.Register r : m.registers()) {
            StringBuilder row = new StringBuilder();
            row(row, "0x" + Generator.hex(r.offset(), 4), r);
            rows.put(r.offset(), row.toString());
        }
        for (RegisterMap.Window w : m.windows()) {
            rows.put(w.offset(), "| 0x" + Generator.hex(w.offset(), 4) + "–0x"
                    + Generator.hex(w.offset() + 4L * (w.words() - 1), 4) + " | " + w.name() + "[0.." + (w.words() - 1)
                    + "] | " + w.access() + " | 0x" + Generator.hex(w.reset(), 8) + " | " + cell(w.desc()) + " |\n");
        }
        rows.values().forEach(s::append);
        RegisterMap.QueueBlock q = m.queueBlock();
        s.append("\n### Per-queue block: 0x").append(Generator.hex(q.base(), 4)).append(" + 0x")
                .append(Generator.hex(q.stride(), 2)).append(" · q\n\n").append(cell(q.desc())).append(".\n\n")
                .append("| offset | name | access | reset | meaning |\n|---|---|---|---|---|\n");
        for (RegisterMap.Register r : q.registers()) {
            row(s, "0x" + Generator.hex(r.offset(), 2), r);
        }
        s.append("\n### Sizes\n\n| name | value | meaning |\n|---|---|---|\n");
        for (RegisterMap.Constant c : m.constants()) {
            s.append("| ").append(c.name()).append(" | ")
                    .append(c.value() > 0xFFFF ? "0x" + Generator.hex(c.value(), 8) : Long.toString(c.value()))
                    .append(" | ").append(cell(c.desc())).append(" |\n");
        }
        s.append("\nA read of an unmapped address returns 0x").append(Generator.hex(m.unmappedValue(), 8))
                .append(" with an OKAY response.\n\n");
        return s.toString();
    }

    private static void row(StringBuilder s, String addr, RegisterMap.Register r) {
        s.append("| ").append(addr).append(" | ").append(r.name()).append(" | ").append(r.access()).append(" | ")
                .append(r.reset() == null ? "—" : "0x" + Generator.hex(r.reset(), 8)).append(" | ").append(cell(r.desc()));
        for (RegisterMap.Field f : r.fields()) {
            s.append("<br>[").append(f.width() == 1 ? Integer.toString(f.lsb()) : f.msb() + ":" + f.lsb()).append("] ")
                    .append(f.name());
            if (!f.desc().isEmpty()) {
                s.append(": ").append(cell(f.desc()));
            }
        }
        s.append(" |\n");
    }

    private static String cell(String t) {
        return t.replace("|", "\\|").replace("*", "\\*").replace("<<", "&lt;&lt;").replace("<=", "≤").replace(">=", "≥")
                .replace(" < ", " &lt; ");
    }
}
