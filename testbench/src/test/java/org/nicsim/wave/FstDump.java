package org.nicsim.wave;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What an FST holds, read independently of the code under test: GTKWave's {@code fst2vcd}
 * converts it to VCD text and this parses the header and the time stamps.
 *
 * <p>Signal names follow GTKWave's naming (checked once against the facility list GTKWave itself
 * reports for a bridge dump: all 1763 names equal): scopes joined by dots, then the variable name,
 * then its range — except that a range {@code [n:n]} is written {@code [n]} and parameters and
 * {@code int}s carry no range.
 */
final class FstDump {
    final String timescale;
    final Set<String> names;
    final long firstTime;
    final long lastTime;
    final long timeStamps;

    private FstDump(String timescale, Set<String> names, long firstTime, long lastTime, long timeStamps) {
        this.timescale = timescale;
        this.names = names;
        this.firstTime = firstTime;
        this.lastTime = lastTime;
        this.timeStamps = timeStamps;
    }

    static FstDump read(Path fst) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("fst2vcd", fst.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("fst2vcd (part of GTKWave) is needed to check waveforms: install gtkwave ("
                    + e.getMessage() + ")", e);
        }
        String timescale = null;
        Set<String> names = new HashSet<>();
        Deque<String> scopes = new ArrayDeque<>();
        long first = -1;
        long last = -1;
        long stamps = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            boolean header = true;
            boolean inTimescale = false;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (header) {
                    if (t.startsWith("$timescale")) {
                        inTimescale = true;
                    } else if (inTimescale) {
                        timescale = t;
                        inTimescale = false;
                    } else if (t.startsWith("$scope")) {
                        scopes.addLast(t.split("\\s+")[2]);
                    } else if (t.startsWith("$upscope")) {
                        scopes.removeLast();
                    } else if (t.startsWith("$var")) {
                        names.add(gtkwaveName(String.join(".", scopes), t.split("\\s+")));
                    } else if (t.startsWith("$enddefinitions")) {
                        header = false;
                    }
                } else if (t.startsWith("#")) {
                    long time = Long.parseLong(t.substring(1));
                    if (first < 0) {
                        first = time;
                    }
                    last = time;
                    stamps++;
                }
            }
        }
        if (p.waitFor() != 0) {   // the output was read to its end: fst2vcd is exiting
            throw new IOException("fst2vcd failed on " + fst);
        }
        return new FstDump(timescale, names, first, last, stamps);
    }

    // $var <type> <size> <id> <name> [<range>] $end
    private static String gtkwaveName(String scope, String[] f) {
        String type = f[1];
        String range = f.length > 6 && f[5].startsWith("[") ? f[5] : "";
        if (type.equals("parameter") || type.equals("int") || type.equals("integer")) {
            range = "";
        }
        if (range.matches("\\[(\\d+):\\1]")) {
            range = range.substring(0, range.indexOf(':')) + "]";
        }
        return scope + "." + f[4] + range;
    }
}
