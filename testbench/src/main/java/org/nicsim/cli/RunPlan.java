package org.nicsim.cli;

import org.nicsim.cosim.RunSizing;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.scenario.Scenario;

/**
 * One run, fully checked and ready to start: everything that can be wrong with the user's input
 * has been found by the time a plan exists, so a run only fails for simulation reasons.
 *
 * @param command  the command line after {@code nicsim}, for the report
 * @param scenario the validated scenario, overrides applied
 * @param traffic  the receive frames
 * @param outDir   output directory
 * @param selfTest the scoreboard self-test hook, or null
 * @param strict   {@code --strict}: a warning fails the run
 */
record RunPlan(List<String> command, Scenario scenario, TrafficSource traffic, Path outDir, ScoreboardSelfTest selfTest,
               boolean strict) {
    /** Where runs go unless --out says otherwise, relative to the current directory. */
    static final Path DEFAULT_ROOT = Path.of("target", "nicsim");

    RunPlan {
        command = List.copyOf(command);
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(outDir, "outDir");
    }

    RunPlan(List<String> command, Scenario scenario, TrafficSource traffic, Path outDir, ScoreboardSelfTest selfTest) {
        this(command, scenario, traffic, outDir, selfTest, false);
    }

    /**
     * Loads and checks everything a run needs.
     *
     * @param scenarioFile the scenario file, or null for the built-in defaults
     * @param outDir       output directory, or null for {@code target/nicsim/<scenario>-<seed>/}
     * @throws InputException for any unusable input
     */
    static RunPlan prepare(List<String> command, String scenarioFile, RunOptions o, Path outDir) {
        Scenario s = Scenarios.load(scenarioFile, o.overrides());
        return prepare(command, scenarioFile, s, o, outDir);
    }

    /** As {@link #prepare(List, String, RunOptions, Path)} for an already loaded scenario. */
    static RunPlan prepare(List<String> command, String scenarioFile, Scenario s, RunOptions o, Path outDir) {
        String label = Scenarios.label(scenarioFile);
        s = StallBudget.applyLegacyProperty(s, o);
        TrafficSource traffic;
        if (o.pcap() != null) {
            PcapTraffic capture = new PcapTraffic(o.pcap(), captureLimit(o, s));
            s = CaptureFit.fit(s, capture.total(), capture.stats());
            traffic = capture;
        } else {
            traffic = new GeneratorTraffic(s, label);
        }
        long needed;
        try {
            needed = RunSizing.hostMemoryBytes(s);
        } catch (IllegalArgumentException e) {
            throw new InputException(label + ": " + e.getMessage() + " (fewer queues, rxBuffers or ring sizes)");
        }
        long max = maxDirectMemory();
        if (needed > max) {
            // host memory is a direct buffer: refuse up front rather than die of OutOfMemoryError mid-run
            throw new InputException(String.format("%s: queues %d, rxRingSize %d, rxBuffers %d, txRingSize %d and frames up to"
                    + " %d bytes need %d MiB of host memory; this JVM allows %d MiB of direct memory"
                    + " (raise it with NICSIM_JAVA_OPTS=-XX:MaxDirectMemorySize=...)", label, s.queues(), s.rxRingSize(),
                    s.rxBuffers(), s.txRingSize(), RunSizing.rxBufferSize(s), needed >> 20, max >> 20));
        }
        Path out = outDir != null ? outDir : o.out() != null ? Path.of(o.out()) : defaultOut(s);
        return new RunPlan(command, s, traffic, out, ScoreboardSelfTest.fromSystemProperty(), o.strict());
    }

    /** Frames to take from a capture: {@code --packets N} or {@code --set traffic.packets=N} alike, else all. */
    static long captureLimit(RunOptions o, Scenario s) {
        if (o.packets() >= 0) {
            return o.packets();
        }
        return o.overrides().stream().anyMatch(f -> f.path().equals("traffic.packets")) ? s.traffic().packets() : -1;
    }

    /** The JVM's direct-memory limit: {@code -XX:MaxDirectMemorySize}, else (its default) the heap limit. */
    static long maxDirectMemory() {
        long max = Runtime.getRuntime().maxMemory();
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:MaxDirectMemorySize=")) {
                String v = a.substring(a.indexOf('=') + 1).trim().toLowerCase(java.util.Locale.ROOT);
                long unit = v.endsWith("k") ? 1L << 10 : v.endsWith("m") ? 1L << 20 : v.endsWith("g") ? 1L << 30
                        : v.endsWith("t") ? 1L << 40 : 1;
                try {
                    max = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
                } catch (NumberFormatException e) {
                    // a value the JVM accepted but we cannot read: keep the heap limit
                }
            }
        }
        return max;
    }

    /** {@code target/nicsim/<scenario>-<seed>}. */
    static Path defaultOut(Scenario s) {
        return DEFAULT_ROOT.resolve(s.name() + "-" + s.seed());
    }
}
