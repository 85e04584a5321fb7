package org.nicsim.regmap;

import java.util.Locale;

/** Writes {@code rtl/nic_regs_pkg.sv}: addresses, offsets, field positions and sizes as localparams. */
final class SvPackage {
    private SvPackage() {
    }

    static String write(RegisterMap m) {
        StringBuilder s = new StringBuilder();
        String pkg = m.name().toLowerCase(Locale.ROOT) + "_regs_pkg";
        int aw = m.addressBits();
        int ow = Integer.numberOfTrailingZeros(m.queueBlock().stride());
        s.append("// ").append(pkg).append(" - ").append(m.description()).append(".\n");
        s.append("//\n// Generated from ").append(Generator.SOURCE).append(" by org.nicsim.regmap.Generator: do not edit.\n");
        s.append("// Regenerate with: ").append(Generator.COMMAND).append("\n");
        s.append("`resetall\n`timescale 1ns / 1ps\n`default_nettype none\n\npackage ").append(pkg).append(";\n");
        s.append("    // a package of constants: not every user needs every one\n");
        s.append("    /* verilator lint_off UNUSEDPARAM */\n");
        s.append("    localparam int ADDR_BITS = ").append(aw).append(";\n");
        s.append("    localparam logic [31:0] UNMAPPED_VALUE = ").append(sv32(m.unmappedValue())).append(";\n");
        s.append("\n    // sizes and limits\n");
        for (RegisterMap.Constant c : m.constants()) {
            s.append(c.name().equals("ID_VALUE")
                    ? "    localparam logic [31:0] " + c.name() + " = " + sv32(c.value())
                    : "    localparam int " + c.name() + " = " + c.value());
            s.append(";  // ").append(c.desc()).append('\n');
        }
        s.append("\n    // global registers: byte addresses\n");
        for (RegisterMap.Register r : m.registers()) {
            s.append("    localparam logic [").append(aw - 1).append(":0] ADDR_").append(r.name()).append(" = ")
                    .append(aw).append("'h").append(Generator.hex(r.offset(), 4)).append(";\n");
        }
        s.append("\n    // register fields: bit position (one bit) or LSB and WIDTH\n");
        for (RegisterMap.Register r : m.registers()) {
            for (RegisterMap.Field f : r.fields()) {
                String n = r.name() + "_" + f.name();
                if (f.width() == 1) {
                    s.append("    localparam int ").append(n).append("_BIT = ").append(f.lsb()).append(";\n");
                } else {
                    s.append("    localparam int ").append(n).append("_LSB = ").append(f.lsb()).append(", ")
                            .append(n).append("_WIDTH = ").append(f.width()).append(";\n");
                }
            }
            if (!r.fields().isEmpty() && r.access() == RegisterMap.Access.RW) {
                s.append("    localparam logic [31:0] ").append(r.name()).append("_WRITABLE = ")
                        .append(sv32(r.fieldMask())).append(";\n");
            }
        }
        s.append("\n    // word windows: first address and words\n");
        for (RegisterMap.Window w : m.windows()) {
            s.append("    localparam logic [").append(aw - 1).append(":0] ").append(w.name()).append("_BASE = ")
                    .append(aw).append("'h").append(Generator.hex(w.offset(), 4)).append(";\n");
            s.append("    localparam int ").append(w.name()).append("_WORDS = ").append(w.words()).append(";\n");
        }
        RegisterMap.QueueBlock q = m.queueBlock();
        s.append("\n    // per-queue block at ").append(q.name()).append("_BASE + ").append(q.name())
                .append("_STRIDE * q; offsets within the block\n");
        s.append("    localparam logic [").append(aw - 1).append(":0] ").append(q.name()).append("_BASE = ")
                .append(aw).append("'h").append(Generator.hex(q.base(), 4)).append(";\n");
        s.append("    localparam int ").append(q.name()).append("_STRIDE = ").append(q.stride()).append(";\n");
        s.append("    localparam int QREG_BITS = ").append(ow).append(";\n");
        for (RegisterMap.Register r : q.registers()) {
            s.append("    localparam logic [").append(ow - 1).append(":0] OFS_").append(r.name()).append(" = ")
                    .append(ow).append("'h").append(Generator.hex(r.offset(), 2)).append(";\n");
        }
        s.append("    /* verilator lint_on UNUSEDPARAM */\nendpackage\n\n`resetall\n");
        return s.toString();
    }

    private static String sv32(long v) {
        String h = Generator.hex(v, 8);
        return "32'h" + h.substring(0, 4) + "_" + h.substring(4);
    }
}
