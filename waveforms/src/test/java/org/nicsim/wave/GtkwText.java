package org.nicsim.wave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GTKWave save file read back line by line, as GTKWave's parser reads it (for assertions). */
final class GtkwText {
    final List<String> lines;
    String dumpfile;
    String[] markerLine;                                    // the '*' line, split on spaces
    final Map<Character, String> markerNames = new LinkedHashMap<>();
    final List<String> signals = new ArrayList<>();         // names in display order
    final List<String> groupsBegun = new ArrayList<>();
    final List<String> groupsEnded = new ArrayList<>();
    final List<String> commentTraces = new ArrayList<>();   // '-text' rows under TR_BLANK alone
    long timestart = -1;
    final Map<String, String> flagsOf = new LinkedHashMap<>();   // signal -> '@' flags in effect

    GtkwText(Path file) throws IOException {
        lines = Files.readAllLines(file);
        String flags = "";
        for (String l : lines) {
            if (l.startsWith("[*]")) {
                continue;
            }
            if (l.startsWith("[dumpfile] ")) {
                dumpfile = l.substring("[dumpfile] ".length()).replace("\"", "");
            } else if (l.startsWith("[markername] ")) {
                String v = l.substring("[markername] ".length());
                markerNames.put(v.charAt(0), v.substring(1));
            } else if (l.startsWith("*")) {
                markerLine = l.substring(1).split(" ");
            } else if (l.startsWith("@")) {
                flags = l.substring(1);
            } else if (l.startsWith("[timestart] ")) {
                timestart = Long.parseLong(l.substring("[timestart] ".length()));
            } else if (l.startsWith("-")) {
                (flags.equals("800200") ? groupsBegun : flags.equals("200") ? commentTraces : groupsEnded)
                        .add(l.substring(1));
            } else if (l.startsWith("TOP.")) {
                signals.add(l);
                flagsOf.put(l, flags);
            }
        }
    }

    /** The comment traces as the notes they were wrapped from: a row indented by two spaces continues the one above. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        for (String row : commentTraces) {
            if (row.startsWith("  ") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + row.substring(2));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * Time units GTKWave shows across its narrowest waveform pane at the saved zoom: its calczoom gives
     * 2^-zoom units per 200 pixels.
     */
    double visibleSpan() {
        double perPixel = Math.pow(2, -Double.parseDouble(markerLine[0])) / 200;
        return perPixel * GtkwSaveFile.WAVE_PX;
    }

    /** The primary marker's time (the second field of the '*' line). */
    long marker() {
        return Long.parseLong(markerLine[1]);
    }

    /** Named marker {@code c}'s time ('A' is the third field). */
    long named(char c) {
        return Long.parseLong(markerLine[2 + (c - 'A')]);
    }
}
