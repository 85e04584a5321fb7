package org.nicsim.regmap;

/** Writes {@code jni/src/bench/nic_regs.h}: the map as {@code constexpr} values for C++ test drivers. */
final class CppHeader {
    private CppHeader() {
    }

    static String write(RegisterMap m) {
        StringBuilder s = new StringBuilder();
        s.append("// nic_regs.h - ").append(m.description()).append(".\n");
        s.append("//\n// Generated from ").append(Generator.SOURCE).append(" by org.nicsim.regmap.Generator: do not edit.\n");
        s.append("// Regenerate with: ").append(Generator.COMMAND).append("\n");
        s.append("#pragma once\n\n#include <cstdint>\n\nnamespace nicsim {\nnamespace nic_regs {\n\n");
        s.append("constexpr uint32_t UNMAPPED_VALUE = 0x").append(Generator.hex(m.unmappedValue(), 8)).append("u;\n");
        for (RegisterMap.Constant c : m.constants()) {
            s.append("constexpr uint32_t ").append(c.name()).append(" = ")
                    .append(c.value() > 0xFFFF ? "0x" + Generator.hex(c.value(), 8) + "u" : Long.toString(c.value()))
                    .append(";  // ").append(c.desc()).append('\n');
        }
        s.append("\n// global registers\n");
        for (RegisterMap.Register r : m.registers()) {
            s.append("constexpr uint32_t ").append(r.name()).append(" = 0x").append(Generator.hex(r.offset(), 4))
                    .append(";\n");
        }
        s.append("\n// register fields: a one-bit field as its mask, a wider one as SHIFT and (unshifted) MASK\n");
        for (RegisterMap.Register r : m.registers()) {
            for (RegisterMap.Field f : r.fields()) {
                String n = r.name() + "_" + f.name();
                if (f.width() == 1) {
                    s.append("constexpr uint32_t ").append(n).append(" = 1u << ").append(f.lsb()).append(";\n");
                } else {
                    s.append("constexpr uint32_t ").append(n).append("_SHIFT = ").append(f.lsb()).append(", ")
                            .append(n).append("_MASK = 0x").append(Long.toHexString((1L << f.width()) - 1).toUpperCase())
                            .append("u;\n");
                }
            }
        }
        s.append("\n// word windows\n");
        for (RegisterMap.Window w : m.windows()) {
            s.append("constexpr uint32_t ").append(w.name()).append("_BASE = 0x").append(Generator.hex(w.offset(), 4))
                    .append(", ").append(w.name()).append("_WORDS = ").append(w.words()).append(";\n");
        }
        RegisterMap.QueueBlock q = m.queueBlock();
        s.append("\n// per-queue block: ").append(q.desc()).append('\n');
        s.append("constexpr uint32_t ").append(q.name()).append("_BASE = 0x").append(Generator.hex(q.base(), 4))
                .append(", ").append(q.name()).append("_STRIDE = 0x").append(Generator.hex(q.stride(), 2)).append(";\n");
        for (RegisterMap.Register r : q.registers()) {
            s.append("constexpr uint32_t ").append(r.name()).append(" = 0x").append(Generator.hex(r.offset(), 2))
                    .append(";\n");
        }
        s.append("constexpr uint32_t DOORBELL = ").append(q.doorbell().name()).append(";\n");
        s.append("\n// address of register `offset` in the block of queue q\n");
        s.append("constexpr uint32_t queueReg(uint32_t q, uint32_t offset) { return ").append(q.name())
                .append("_BASE + ").append(q.name()).append("_STRIDE * q + offset; }\n");
        s.append("\n}  // namespace nic_regs\n}  // namespace nicsim\n");
        return s.toString();
    }
}
