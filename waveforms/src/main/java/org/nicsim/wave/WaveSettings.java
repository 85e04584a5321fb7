package org.nicsim.wave;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where waveforms go and how much they hold.
 *
 * @param dir          directory of {@code wave.fst} and {@code wave.gtkw} (created if missing)
 * @param levels       trace depth passed to the bridge: 0 = every signal, n = signals at most n
 *                     scopes below {@code TOP} (1 = the ports, 2 = {@code nic_top}, 3 = its blocks,
 *                     4 = the blocks' sub-blocks: parser, hash, RETA, RX engine, TX fetch/frame/write-back)
 * @param marginBefore on-failure: cycles traced before the failing frame entered the NIC (or
 *                     before the mismatch when no frame is involved)
 * @param marginAfter  on-failure: cycles traced after the mismatch was found
 */
public record WaveSettings(Path dir, int levels, long marginBefore, long marginAfter) {
    /** Top, datapath blocks and their sub-blocks; not the FIFOs and helpers below them. */
    public static final int DEFAULT_LEVELS = 4;
    /** Default {@link #marginBefore}. */
    public static final long DEFAULT_MARGIN_BEFORE = 5000;
    /** Default {@link #marginAfter}. */
    public static final long DEFAULT_MARGIN_AFTER = 5000;
    /** File name of the dump. */
    public static final String FST = "wave.fst";
    /** File name of the GTKWave save file. */
    public static final String GTKW = "wave.gtkw";

    public WaveSettings {
        Objects.requireNonNull(dir, "dir");
        if (levels < 0 || levels > 99) {
            throw new IllegalArgumentException("levels: must be 0 (every signal) or 1..99, got " + levels);
        }
        if (marginBefore < 0 || marginAfter < 0) {
            throw new IllegalArgumentException("margins must be >= 0 cycles, got " + marginBefore + " and " + marginAfter);
        }
    }

    /** Defaults writing into {@code dir}. */
    public static WaveSettings in(Path dir) {
        return new WaveSettings(dir, DEFAULT_LEVELS, DEFAULT_MARGIN_BEFORE, DEFAULT_MARGIN_AFTER);
    }

    public WaveSettings withLevels(int v) {
        return new WaveSettings(dir, v, marginBefore, marginAfter);
    }

    public WaveSettings withMargins(long before, long after) {
        return new WaveSettings(dir, levels, before, after);
    }

    public Path fst() {
        return dir.resolve(FST);
    }

    public Path gtkw() {
        return dir.resolve(GTKW);
    }
}
