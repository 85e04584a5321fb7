package org.nicsim.regress;

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
 */
public record CaseResult(int position, String id, String scenario, long seed, int exitStatus, String message,
                         long cycles, double wallSeconds, String outDir, String options) {
    public CaseResult {
        message = message == null ? "" : message;
        options = options == null ? "" : options;
    }

    /** passed, failed, bad-input or error, by exit status. */
    public String status() {
        return switch (exitStatus) {
            case 0 -> "passed";
            case 1 -> "failed";
            case 2 -> "bad-input";
            default -> "error";
        };
    }

    /** The command that reproduces this case. */
    public String replay() {
        return "./nicsim run " + scenario + " --seed " + seed + (options.isEmpty() ? "" : " " + options);
    }
}
