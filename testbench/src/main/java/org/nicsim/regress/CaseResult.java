package org.nicsim.regress;

import java.nio.file.Path;
import org.nicsim.report.ShellWords;

/**
 * How one case ended.
 *
 * @param position    place in the full list (orders merged results)
 * @param id          {@code <scenario>-<seed>}
 * @param scenario    scenario file as given
 * @param seed        seed
 * @param exitStatus  0 passed, 1 a check failed, 2 bad input, 3 the simulation failed
 * @param message     first mismatch or the failure, empty when passed
 * @param cycles      simulated cycles (0 when the simulation failed)
 * @param wallSeconds wall time of the case
 * @param outDir      the case's output folder (report.json, packets.jsonl, ...), as written
 * @param options     run options every case of the regression had ({@code --packets}, {@code --set}), or ""
 * @param environment shell assignments the case ran under that change its outcome (the scoreboard
 *                    self-test's {@code NICSIM_JAVA_OPTS=...}), already quoted, or ""
 */
public record CaseResult(int position, String id, String scenario, long seed, int exitStatus, String message,
                         long cycles, double wallSeconds, String outDir, String options, String environment) {
    public CaseResult {
        message = message == null ? "" : message;
        options = options == null ? "" : options;
        environment = environment == null ? "" : environment;
    }

    /** Exit status of a case stopped by SIGINT/SIGTERM, or never started because of one. */
    public static final int INTERRUPTED = 130;

    /** passed, failed, bad-input, interrupted or error, by exit status. */
    public String status() {
        return switch (exitStatus) {
            case 0 -> "passed";
            case 1 -> "failed";
            case 2 -> "bad-input";
            case INTERRUPTED -> "interrupted";
            default -> "error";
        };
    }

    /** The command that reproduces this case, absolute and quoted so it pastes into any shell. */
    public String replay() {
        StringBuilder sb = new StringBuilder(environment.isEmpty() ? "" : environment + " ")
                .append(ShellWords.quote(ShellWords.launcher())).append(" run ")
                .append(ShellWords.quote(Path.of(scenario).toAbsolutePath().normalize().toString()))
                .append(" --seed ").append(seed);
        if (!options.isEmpty()) {
            sb.append(' ').append(options);
        }
        return sb.toString();
    }
}
