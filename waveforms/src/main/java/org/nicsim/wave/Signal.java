package org.nicsim.wave;

import java.util.Objects;

/**
 * One traced signal as GTKWave names it in an FST written by the bridge: the scopes from
 * {@code TOP}, dot-separated, then the name and, for a vector, its range — e.g.
 * {@code TOP.nic_top.s_axil_awaddr[15:0]}; a one-bit vector {@code [0:0]} is named {@code [0]}.
 *
 * @param path  the full hierarchical name
 * @param radix how to show it
 */
public record Signal(String path, Radix radix) {
    public Signal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(radix, "radix");
        if (!path.startsWith("TOP.") || path.contains(" ")) {
            throw new IllegalArgumentException("signal path must start at TOP and hold no spaces: '" + path + "'");
        }
    }

    /**
     * Scopes above the signal: {@code TOP.clk} is at depth 1, {@code TOP.nic_top.u_rx.u_hash.out_hash[31:0]}
     * at depth 4 — the bridge's trace {@code levels} must be 0 or at least this for it to be in the file.
     */
    public int depth() {
        String name = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        return (int) name.chars().filter(c -> c == '.').count();
    }

    /** Whether a trace written with {@code levels} (0 = every signal) holds this signal. */
    public boolean tracedAt(int levels) {
        return levels == 0 || depth() <= levels;
    }
}
