package org.nicsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux process and machine facts from /proc (0 or "unknown" elsewhere). */
final class ProcStatus {
    private ProcStatus() {}

    /** A {@code /proc/self/status} field in KiB, e.g. VmRSS (resident) or VmHWM (peak resident). */
    static long kib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown CPU";
        }
        return "unknown CPU";
    }
}
