package org.nicsim.wave;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A GTKWave save file ({@code .gtkw}) that opens an FST with the NIC's signals grouped by block,
 * zoomed on the cycles that matter, with the primary marker on the failure and named markers on
 * related events. {@code gtkwave wave.gtkw} finds the dump through the {@code [dumpfile]} line.
 *
 * <p>Format, as GTKWave 3.3 writes and reads it: {@code [*]} lines are comments; {@code [dumpfile]}
 * and {@code [savefile]} are quoted absolute paths (GTKWave re-resolves the dump relative to the
 * save file when both were moved together); {@code [timestart]} is the left edge of the view;
 * the {@code *} line holds the zoom (log2 of pixels per time unit), the primary marker and the 26
 * named markers A..Z (-1 = unset), and {@code [markername] A<name>} labels them; {@code @<hex>}
 * sets the trace flags for the names that follow; a group is a blank trace {@code -name} under
 * flags TR_GRP_BEGIN|TR_BLANK (0x800200) and ends with one under TR_GRP_END|TR_BLANK (0x1000200); a
 * comment trace is a blank trace {@code -text} under TR_BLANK (0x200) alone, drawn as a text row in
 * the signal pane. Times are in the dump's unit, ps for the bridge's FST ({@link WaveTime}).
 *
 * @param fst          the dump it opens
 * @param groups       signal groups, in display order
 * @param viewFirst    first cycle shown when GTKWave opens
 * @param viewLast     last cycle shown when GTKWave opens
 * @param markerCycle  cycle of the primary marker, or -1 for none
 * @param named        named markers A, B, ... (at most 26)
 * @param comments     lines for the header comment (what run, what failed)
 * @param traceNotes   comment traces shown above the first group (which frame, which stage failed)
 */
public record GtkwSaveFile(Path fst, List<SignalGroup> groups, long viewFirst, long viewLast, long markerCycle,
                           List<Marker> named, List<String> comments, List<String> traceNotes) {
    /** Window size GTKWave opens with. */
    static final int WIDTH_PX = 1600;
    static final int HEIGHT_PX = 900;
    static final int SST_PX = 240;
    static final int SIGNALS_PX = 340;
    private static final int GROUP_BEGIN = 0x800200;
    private static final int GROUP_END = 0x1000200;
    private static final int COMMENT = 0x200;
    /**
     * Narrowest waveform pane the zoom is fitted to: GTKWave widens the signal pane beyond
     * {@code signals_width} to fit the longest name and value (about 500 of the 1600 pixels for
     * the NIC's signals), so the view is fitted to what is left with a margin, not to the nominal width.
     */
    static final int WAVE_PX = 700;
    /**
     * Longest comment trace row: GTKWave widens the signal pane to its longest row, and an
     * 80-character note would take the room the zoom is fitted to (the marker fell off screen).
     */
    static final int NOTE_CHARS = 40;
    /** GTKWave's pixels per zoom frame (its {@code calczoom}: time per pixel = 2^-zoom / 200). */
    private static final double PIXELS_PER_FRAME = 200;
    private static final int NAMED_MARKERS = 26;

    public GtkwSaveFile {
        Objects.requireNonNull(fst, "fst");
        groups = List.copyOf(groups);
        named = List.copyOf(named);
        comments = List.copyOf(comments);
        traceNotes = List.copyOf(traceNotes);
        if (viewFirst < 0 || viewLast <= viewFirst) {
            throw new IllegalArgumentException("view must satisfy 0 <= first < last, got " + viewFirst + ".." + viewLast);
        }
        if (named.size() > NAMED_MARKERS) {
            throw new IllegalArgumentException("at most " + NAMED_MARKERS + " named markers, got " + named.size());
        }
    }

    /** A save file without comment traces. */
    public GtkwSaveFile(Path fst, List<SignalGroup> groups, long viewFirst, long viewLast, long markerCycle,
                        List<Marker> named, List<String> comments) {
        this(fst, groups, viewFirst, viewLast, markerCycle, named, comments, List.of());
    }

    /**
     * GTKWave's zoom for the view over the waveform pane: GTKWave shows 2^-zoom time units per
     * {@value #PIXELS_PER_FRAME} pixels, so zoom = -log2(ps per pixel * 200).
     */
    double zoom() {
        double psPerPixel = (double) WaveTime.ps(viewLast - viewFirst + 1) / WAVE_PX;
        return -Math.log(psPerPixel * PIXELS_PER_FRAME) / Math.log(2);
    }

    /** The file's text for a save file stored at {@code gtkw}. */
    public String render(Path gtkw) {
        StringBuilder sb = new StringBuilder();
        sb.append("[*]\n[*] nicsim waveform: open with `gtkwave ").append(gtkw.getFileName()).append("`\n");
        for (String c : comments) {
            sb.append("[*] ").append(c.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        sb.append("[*] time: 1 cycle = 4 ns = ").append(WaveTime.PS_PER_CYCLE)
                .append(" ps; cycle c starts at c*4000 ps, its rising clock edge is at c*4000+2000 ps\n[*]\n");
        sb.append("[dumpfile] \"").append(fst.toAbsolutePath().normalize()).append("\"\n");
        sb.append("[savefile] \"").append(gtkw.toAbsolutePath().normalize()).append("\"\n");
        sb.append("[timestart] ").append(WaveTime.ps(viewFirst)).append('\n');
        sb.append("[size] ").append(WIDTH_PX).append(' ').append(HEIGHT_PX).append('\n');
        sb.append("[pos] -1 -1\n");
        sb.append(String.format(Locale.ROOT, "*%.6f %d", zoom(), markerCycle < 0 ? -1 : WaveTime.ps(markerCycle)));
        for (int i = 0; i < NAMED_MARKERS; i++) {
            sb.append(' ').append(i < named.size() ? WaveTime.ps(named.get(i).cycle()) : -1);
        }
        sb.append('\n');
        for (int i = 0; i < named.size(); i++) {
            sb.append("[markername] ").append((char) ('A' + i)).append(named.get(i).name()).append('\n');
        }
        sb.append("[sst_width] ").append(SST_PX).append('\n');
        sb.append("[signals_width] ").append(SIGNALS_PX).append('\n');
        sb.append("[sst_expanded] 1\n");
        sb.append("[sst_vpaned_height] 300\n");
        if (!traceNotes.isEmpty()) {
            sb.append(String.format("@%x\n", COMMENT));
            traceNotes.forEach(n -> wrap(n.replaceAll("[\\r\\n]+", " ")).forEach(row -> sb.append('-').append(row).append('\n')));
        }
        for (SignalGroup g : groups) {
            sb.append(String.format("@%x\n-%s\n", GROUP_BEGIN, g.name()));
            int flags = -1;
            for (Signal s : g.signals()) {
                if (s.radix().gtkwFlags() != flags) {
                    flags = s.radix().gtkwFlags();
                    sb.append(String.format("@%x\n", flags));
                }
                sb.append(s.path()).append('\n');
            }
            sb.append(String.format("@%x\n-%s\n", GROUP_END, g.name()));
        }
        sb.append("[pattern_trace] 1\n[pattern_trace] 0\n");
        return sb.toString();
    }

    /** {@code note} in rows of at most {@link #NOTE_CHARS} characters, broken at spaces; continuation rows indented. */
    static List<String> wrap(String note) {
        List<String> rows = new ArrayList<>();
        String row = "";
        for (String word : note.trim().split(" +")) {
            if (!row.isBlank() && row.length() + 1 + word.length() > NOTE_CHARS) {
                rows.add(row);
                row = "  " + word;
            } else {
                row = row.isBlank() ? word : row + " " + word;
            }
        }
        rows.add(row);
        return rows;
    }

    /** Writes the file to {@code gtkw} (replacing it). */
    public void write(Path gtkw) throws IOException {
        Files.writeString(gtkw, render(gtkw), StandardCharsets.UTF_8);
    }

    /** Every signal path in display order (for checks against a dump). */
    public List<String> signalPaths() {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> g.signals().forEach(s -> out.add(s.path())));
        return out;
    }
}
