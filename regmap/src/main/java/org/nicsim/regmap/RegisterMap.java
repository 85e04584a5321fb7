package org.nicsim.regmap;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NIC's register map as read from {@code regmap/nic_regs.json}: global registers, word
 * windows (RSS key, RETA) and the per-queue register block. Every generated file derives from
 * this one value, so an address or a field is written down exactly once.
 *
 * @param name          short name of the block (prefix of generated names)
 * @param description   one line on what the map covers
 * @param addressBits   width of the AXI4-Lite address
 * @param unmappedValue what a read of an unmapped address returns
 * @param constants     named numbers that size the map (queue limit, RETA size, key length ...)
 * @param registers     global registers, by address
 * @param windows       arrays of equal words (RSS key, RETA)
 * @param queueBlock    the register block repeated for each queue pair
 */
public record RegisterMap(String name, String description, int addressBits, long unmappedValue,
        List<Constant> constants, List<Register> registers, List<Window> windows, QueueBlock queueBlock) {

    /** Register access kinds, as the documentation names them. */
    public enum Access {
        /** read/write */
        RW,
        /** read-only; writes are ignored */
        RO,
        /** read; write 1 clears a bit */
        W1C
    }

    /** A named number. */
    public record Constant(String name, long value, String desc) {
    }

    /** A bit field {@code [msb:lsb]} of a register. */
    public record Field(String name, int msb, int lsb, String desc) {
        /** @return bits in the field */
        public int width() {
            return msb - lsb + 1;
        }

        /** @return the field's mask, shifted into place */
        public long mask() {
            return ((1L << width()) - 1) << lsb;
        }
    }

    /**
     * A 32-bit register.
     *
     * @param doorbell whether a write to it is a doorbell (bus monitors decode it)
     * @param reset    reset value, or null for a register whose value comes from the datapath
     */
    public record Register(String name, int offset, Access access, Long reset, String desc, List<Field> fields,
            boolean doorbell) {
        /** @return OR of the field masks: the bits that mean something */
        public long fieldMask() {
            return fields.stream().mapToLong(Field::mask).reduce(0, (a, b) -> a | b);
        }
    }

    /** {@code words} consecutive 32-bit registers from {@code offset}. */
    public record Window(String name, int offset, int words, Access access, long reset, String desc) {
    }

    /** The block of registers at {@code base + stride * q} for each queue pair q. */
    public record QueueBlock(String name, int base, int stride, String count, String desc, List<Register> registers) {
        /** @return the register that is the TX doorbell */
        public Register doorbell() {
            return registers.stream().filter(Register::doorbell).findFirst().orElseThrow();
        }
    }

    /** @return the constant called {@code n} */
    public long constant(String n) {
        return constants.stream().filter(c -> c.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no constant " + n)).value();
    }

    /**
     * Reads and checks a register map.
     *
     * @param file the JSON description
     * @return the map
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file and field, if the map is malformed or its
     *                                  registers overlap
     */
    public static RegisterMap load(Path file) throws IOException {
        Json.MapDoc doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Gson().fromJson(r, Json.MapDoc.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (doc == null) {
            throw new IllegalArgumentException(file + ": empty");
        }
        try {
            RegisterMap map = doc.toMap();
            map.check();
            return map;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private void check() {
        long limit = 1L << addressBits;
        Set<Long> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Register r : registers) {
            claim(used, r.offset(), r.name(), limit);
            names.add(r.name());
        }
        for (Window w : windows) {
            for (int i = 0; i < w.words(); i++) {
                claim(used, w.offset() + 4L * i, w.name() + "[" + i + "]", limit);
            }
            names.add(w.name());
        }
        long maxQueues = constant("MAX_QUEUES");
        if (Integer.bitCount(queueBlock.stride()) != 1) {
            throw new IllegalArgumentException("queueBlock.stride: 0x" + Integer.toHexString(queueBlock.stride())
                    + " is not a power of two");
        }
        for (long a = queueBlock.base(); a < queueBlock.base() + maxQueues * queueBlock.stride(); a += 4) {
            claim(used, a, "queue block", limit);
        }
        Set<Integer> offsets = new HashSet<>();
        for (Register r : queueBlock.registers()) {
            if (r.offset() >= queueBlock.stride() || !offsets.add(r.offset())) {
                throw new IllegalArgumentException("queueBlock.registers." + r.name() + ".offset: 0x"
                        + Integer.toHexString(r.offset()) + " is outside the block or used twice");
            }
            names.add(r.name());
        }
        if (queueBlock.registers().stream().filter(Register::doorbell).count() != 1) {
            throw new IllegalArgumentException("queueBlock.registers: exactly one register must be the doorbell");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("registers: a name is used twice");
        }
    }

    private static void claim(Set<Long> used, long addr, String what, long limit) {
        if (addr % 4 != 0 || addr >= limit) {
            throw new IllegalArgumentException(what + ": address 0x" + Long.toHexString(addr)
                    + " is not word-aligned or outside the address space");
        }
        if (!used.add(addr)) {
            throw new IllegalArgumentException(what + ": address 0x" + Long.toHexString(addr) + " overlaps another register");
        }
    }
}
