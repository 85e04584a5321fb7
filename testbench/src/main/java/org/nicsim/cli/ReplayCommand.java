package org.nicsim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nicsim.report.OutputFiles;
import org.nicsim.report.ReportJson;
import org.nicsim.report.TrafficInput;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioException;
import org.nicsim.scenario.ScenarioLoader;

/**
 * {@code nicsim replay REPORT.json [--wave MODE] [--out DIR]}: re-runs exactly the run a report
 * describes — the scenario as run (every default filled in, seed included), the same receive
 * traffic (the generator, or the capture file re-read from its recorded absolute path and cut at
 * the same frame count), the same scoreboard self-test, if one was on, and the same {@code --strict}. The run is deterministic,
 * so the replay's packets.jsonl and doorbells.jsonl are byte-identical to the original's; the
 * replay checks that when the originals sit next to the report. {@code --wave} adds a waveform to
 * a run that had none.
 */
final class ReplayCommand implements Command {
    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String synopsis() {
        return "replay REPORT.json [--wave MODE] [--coverage] [--rtl-coverage] [--out DIR]   re-run exactly the run a report.json describes";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim replay REPORT.json [--wave MODE] [--coverage] [--rtl-coverage] [--out DIR] [--quiet]

                Re-runs the run REPORT.json describes: its scenario as run, seed, traffic (generator,
                or the pcap re-read from the path the report records), self-test and --strict. The same run gives
                the same cycles, so --wave can add a waveform to a run that had none, e.g.
                  ./nicsim replay target/nicsim/default-1/report.json --wave on-failure

                options:
                  --wave MODE         off | on | window:A-B | on-failure (default: the report's)
                  --coverage          measure functional coverage of the run (it does not change the run)
                  --rtl-coverage      run the coverage build of the model: RTL line and toggle coverage
                  --out DIR           output directory (default target/nicsim/<scenario>-<seed>-replay/)
                  --quiet, -q         no progress bar and no summary: the seed and one status line
                  --help, -h          this text
                """ + RunCommand.EXIT_HELP;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        RunOptions o = RunOptions.parse(args, false);
        if (o.positional().size() != 1) {
            throw new UsageException("expected one REPORT.json, got " + o.positional().size()
                    + (o.positional().isEmpty() ? "" : ": " + String.join(" ", o.positional())));
        }
        if (o.pcap() != null || o.strict() || o.overrides().stream().anyMatch(f -> !f.path().equals("wave"))) {
            throw new UsageException("replay repeats the reported run exactly: only --wave, --coverage, --rtl-coverage,"
                    + " --out and --quiet apply");
        }
        String label = o.positional().get(0);
        Path reportFile = Path.of(label);
        JsonObject report = readReport(reportFile, label);
        Scenario s = scenario(report, o.overrides(), label);
        TrafficSource traffic = traffic(report, s, label);
        ScoreboardSelfTest selfTest = ScoreboardSelfTest.fromDescription(
                report.has("selfTest") && !report.get("selfTest").isJsonNull() ? report.get("selfTest").getAsString() : null,
                label);
        Path out = o.out() != null ? Path.of(o.out())
                : RunPlan.DEFAULT_ROOT.resolve(s.name() + "-" + s.seed() + "-replay");
        Path original = reportFile.toAbsolutePath().normalize().getParent();
        if (out.toAbsolutePath().normalize().equals(original)) {
            throw new UsageException("--out " + out + ": that is the reported run's own directory; replay into another");
        }
        RunPlan plan = new RunPlan(RunCommand.commandLine(name(), args), s, traffic, out, selfTest,
                strict(report, label), o.coverage(), o.rtlCoverage());
        int status = RunCommand.runPlan(plan, o, terminal);
        // a run that stopped early (interrupted, failed simulation) ended at a cycle its replay need not reach
        boolean finished = report.has("status") && report.get("status").isJsonPrimitive()
                && List.of("passed", "failed").contains(report.get("status").getAsString());
        if (!finished && !o.quiet()) {
            terminal.out().println("replay     the original run stopped early: its per-frame files are not compared");
        }
        boolean reproduced = !finished || compareWithOriginal(original, out, terminal, o.quiet());
        // a replay that does not reproduce its run is a failed check, whatever the run itself said
        return reproduced || status != 0 ? status : 1;
    }

    static JsonObject readReport(Path file, String label) {
        JsonElement tree;
        try {
            tree = ScenarioLoader.readTree(file);
        } catch (ScenarioException e) {
            throw new InputException(label + ": " + e.getMessage());
        }
        if (!tree.isJsonObject()) {
            throw new InputException(label + ": not a nicsim report.json (expected a JSON object)");
        }
        JsonObject r = tree.getAsJsonObject();
        for (String field : List.of("format", "seed", "scenario", "input")) {
            if (!r.has(field) || r.get(field).isJsonNull()) {
                throw new InputException(label + ": not a nicsim report.json: field '" + field + "' is missing");
            }
        }
        if (!r.get("format").isJsonPrimitive() || !r.get("format").getAsJsonPrimitive().isNumber()
                || r.get("format").getAsInt() > ReportJson.FORMAT || r.get("format").getAsInt() < 1) {
            throw new InputException(label + ": format: expected 1.." + ReportJson.FORMAT + ", got " + r.get("format"));
        }
        if (!r.get("input").isJsonObject()) {
            throw new InputException(label + ": input: expected an object");
        }
        return r;
    }

    /** The run's {@code --strict}: a warning failed it, so it fails the replay too. Absent: not strict. */
    static boolean strict(JsonObject report, String label) {
        JsonElement e = report.get("strict");
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new InputException(label + ": strict: expected true or false, got " + e);
        }
        return e.getAsBoolean();
    }

    static Scenario scenario(JsonObject report, List<FieldOverride> overrides, String label) {
        Scenario s;
        try {
            s = ScenarioLoader.fromTree(report.get("scenario"), overrides);
        } catch (ScenarioException e) {
            throw new InputException(label + ": scenario: " + Scenarios.optionNote(e.getMessage()));
        }
        JsonElement seed = report.get("seed");
        if (!seed.isJsonPrimitive() || !seed.getAsJsonPrimitive().isNumber() || seed.getAsLong() != s.seed()) {
            throw new InputException(label + ": seed: " + seed + " differs from the scenario's seed " + s.seed());
        }
        return s;
    }

    static TrafficSource traffic(JsonObject report, Scenario s, String label) {
        JsonObject in = report.getAsJsonObject("input");
        String source = string(in, "source", label);
        if (source.equals(TrafficInput.GENERATOR)) {
            return new GeneratorTraffic(s, label);
        }
        if (!source.equals(TrafficInput.PCAP)) {
            throw new InputException(label + ": input.source: expected generator or pcap, got '" + source + "'");
        }
        String path = in.has("path") && !in.get("path").isJsonNull() ? string(in, "path", label) : string(in, "file", label);
        // the scenario's count, not input.frames: a run that stopped early injected fewer than it was to
        long frames = s.traffic().packets();
        PcapTraffic t = new PcapTraffic(path, frames);
        if (t.total() != frames) {
            throw new InputException(label + ": input: " + path + " now holds " + t.total() + " frames, the run took "
                    + frames + " (scenario.traffic.packets; the capture changed)");
        }
        return t;
    }

    private static String string(JsonObject o, String field, String label) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new InputException(label + ": input." + field + ": expected a string");
        }
        return e.getAsString();
    }

    /**
     * Says whether the per-frame and per-doorbell records equal the original run's, when those are
     * there; false only when an original exists and differs.
     */
    private static boolean compareWithOriginal(Path original, Path out, Terminal terminal, boolean quiet) {
        StringBuilder same = new StringBuilder();
        StringBuilder differ = new StringBuilder();
        for (String f : List.of(OutputFiles.PACKETS, OutputFiles.DOORBELLS)) {
            Path a = original.resolve(f);
            Path b = out.resolve(f);
            try {
                if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
                    StringBuilder list = Files.mismatch(a, b) == -1 ? same : differ;
                    list.append(list.isEmpty() ? "" : ", ").append(f);
                }
            } catch (IOException e) {
                // an unreadable original is not the replay's failure; say nothing
            }
        }
        if (!same.isEmpty() && !quiet) {
            terminal.out().println("replay     identical to the original run: " + same);
        }
        if (!differ.isEmpty()) {
            terminal.err().println("nicsim replay: " + differ + " differ from the original run's (" + original
                    + "): the build or the capture changed since");
        }
        return differ.isEmpty();
    }
}
