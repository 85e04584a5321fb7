package org.nicsim.regmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shape of {@code nic_regs.json} as Gson fills it (every number a string, so {@code 0x...}
 * reads as written), and its conversion into the checked {@link RegisterMap}.
 */
final class Json {
    private Json() {
    }

    static final class MapDoc {
        String name;
        String description;
        String addressBits;
        String unmappedValue;
        List<ConstDoc> constants;
        List<RegDoc> registers;
        List<WindowDoc> windows;
        BlockDoc queueBlock;

        RegisterMap toMap() {
            List<RegisterMap.Constant> cs = new ArrayList<>();
            for (ConstDoc c : require(constants, "constants")) {
                cs.add(new RegisterMap.Constant(ident(c.name, "constants.name"), number(c.value, "constants." + c.name),
                        text(c.desc)));
            }
            List<RegisterMap.Window> ws = new ArrayList<>();
            for (WindowDoc w : require(windows, "windows")) {
                String at = "windows." + ident(w.name, "windows.name");
                ws.add(new RegisterMap.Window(w.name, (int) number(w.offset, at + ".offset"),
                        (int) number(w.words, at + ".words"), access(w.access, at), number(w.reset, at + ".reset"),
                        text(w.desc)));
            }
            BlockDoc b = require(queueBlock, "queueBlock");
            RegisterMap.QueueBlock qb = new RegisterMap.QueueBlock(ident(b.name, "queueBlock.name"),
                    (int) number(b.base, "queueBlock.base"), (int) number(b.stride, "queueBlock.stride"),
                    require(b.count, "queueBlock.count"), text(b.desc), registers(b.registers, "queueBlock.registers"));
            return new RegisterMap(ident(name, "name"), text(description), (int) number(addressBits, "addressBits"),
                    number(unmappedValue, "unmappedValue"), List.copyOf(cs), registers(registers, "registers"),
                    List.copyOf(ws), qb);
        }
    }

    static final class ConstDoc {
        String name;
        String value;
        String desc;
    }

    static final class RegDoc {
        String name;
        String offset;
        String access;
        String reset;
        String desc;
        List<FieldDoc> fields;
        boolean doorbell;
    }

    static final class FieldDoc {
        String name;
        String bits;
        String desc;
    }

    static final class WindowDoc {
        String name;
        String offset;
        String words;
        String access;
        String reset;
        String desc;
    }

    static final class BlockDoc {
        String name;
        String base;
        String stride;
        String count;
        String desc;
        List<RegDoc> registers;
    }

    private static List<RegisterMap.Register> registers(List<RegDoc> docs, String where) {
        List<RegisterMap.Register> out = new ArrayList<>();
        for (RegDoc r : require(docs, where)) {
            String at = where + "." + ident(r.name, where + ".name");
            List<RegisterMap.Field> fs = new ArrayList<>();
            for (FieldDoc f : r.fields == null ? List.<FieldDoc>of() : r.fields) {
                String fat = at + ".fields." + ident(f.name, at + ".fields.name");
                String[] bits = require(f.bits, fat + ".bits").split(":");
                int msb = (int) number(bits[0], fat + ".bits");
                int lsb = bits.length > 1 ? (int) number(bits[1], fat + ".bits") : msb;
                if (bits.length > 2 || lsb > msb || msb > 31) {
                    throw new IllegalArgumentException(fat + ".bits: '" + f.bits + "' is not msb:lsb within 31:0");
                }
                fs.add(new RegisterMap.Field(f.name, msb, lsb, text(f.desc)));
            }
            Long reset = r.reset == null ? null : number(r.reset, at + ".reset");
            out.add(new RegisterMap.Register(r.name, (int) number(r.offset, at + ".offset"), access(r.access, at), reset,
                    text(r.desc), List.copyOf(fs), r.doorbell));
        }
        return List.copyOf(out);
    }

    private static <T> T require(T v, String field) {
        if (v == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return v;
    }

    private static String ident(String v, String field) {
        if (require(v, field).isEmpty() || !v.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(field + ": '" + v + "' is not an identifier");
        }
        return v;
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }

    private static long number(String v, String field) {
        try {
            long n = Long.decode(require(v, field).trim());
            if (n < 0 || n > 0xFFFF_FFFFL) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + v + "' is not a 32-bit unsigned number", e);
        }
    }

    private static RegisterMap.Access access(String v, String at) {
        try {
            return RegisterMap.Access.valueOf(require(v, at + ".access").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".access: '" + v + "' is not one of RW, RO, W1C", e);
        }
    }
}
