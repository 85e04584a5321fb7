package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.report.OutputRun;
import org.nicsim.report.OutputWriteException;
import org.nicsim.report.RunReport;
import org.nicsim.report.SweepReport;
import org.nicsim.report.SweepRow;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioException;
import org.nicsim.scenario.SweepParameter;

/**
 * {@code nicsim sweep SCENARIO.json --param PATH=V1,V2,...}: one run per value of one parameter,
 * each in its own folder under the sweep folder, then a comparison table (printed) and sweep.csv
 * and sweep.html. Every value is validated before the first run starts.
 */
final class SweepCommand implements Command {
    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String synopsis() {
        return "sweep SCENARIO.json --param PATH=V1,V2,...   one run per value, compared";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim sweep SCENARIO.json --param PATH=V1,V2,... [options]

                Runs the scenario once per value of one parameter, e.g.
                  ./nicsim sweep testbench/scenarios/default.json --param ifq.stageCntMax=1,2,4,8,16
                and prints a comparison table (drops, doorbells and MMIO writes per packet, speed).
                Commas inside [..], {..} or ".." do not split values: --param rss.reta=round-robin,[0,1,...].
                The sweep folder (--out, default target/nicsim/<scenario>-<seed>-sweep-<PATH>/) gets
                sweep.csv, sweep.html (table and charts) and one folder per run with that run's outputs.

                options (as for run, applied to every run; the swept value is applied last):
                  --param PATH=V1,V2,...   the parameter and its values (required, once)
                """ + RunCommand.OPTIONS_HELP + """

                exit status: 0 every run passed, 1 a check failed in some run, 2 bad input or usage,
                             3 some run's simulation failed (the others still run)
                """;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        RunOptions o = RunOptions.parse(args, true);
        if (o.positional().size() != 1) {
            throw new UsageException(o.positional().isEmpty() ? "missing the scenario file"
                    : "expected one scenario file, got " + o.positional().size() + ": " + String.join(" ", o.positional()));
        }
        if (o.params().size() != 1) {
            throw new UsageException(o.params().isEmpty() ? "missing --param PATH=V1,V2,..."
                    : "--param: give exactly one parameter to sweep, got " + o.params().size());
        }
        String file = o.positional().get(0);
        SweepParameter param;
        try {
            param = SweepParameter.parse(o.params().get(0));
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> command = RunCommand.commandLine(name(), args);

        // Check every value before the first run: a typo in the fifth value must not cost four runs.
        Scenario base = Scenarios.load(file, o.overrides());
        Path sweepDir = o.out() != null ? Path.of(o.out())
                : RunPlan.DEFAULT_ROOT.resolve(base.name() + "-" + base.seed() + "-sweep-" + sanitize(param.path()));
        List<RunPlan> plans = new ArrayList<>();
        List<FieldOverride> values = param.overrides();
        for (int i = 0; i < values.size(); i++) {
            List<FieldOverride> overrides = new ArrayList<>(o.overrides());
            overrides.add(values.get(i));
            Scenario s = Scenarios.load(file, overrides);   // a bad value names its --param (FieldOverride.source)
            Path runDir = sweepDir.resolve(String.format(Locale.ROOT, "%02d-%s", i + 1,
                    sanitize(lastName(param.path()) + "=" + param.values().get(i))));
            plans.add(RunPlan.prepare(command, file, s, o, runDir));
        }
        try (Interrupts.Watch w = Interrupts.watch();
             OutputRun folder = RunExecutor.claim(sweepDir, command)) {
            int status = sweep(plans, param, base, sweepDir, o, terminal);
            folder.finished();
            return status;
        }
    }

    private static int sweep(List<RunPlan> plans, SweepParameter param, Scenario base, Path sweepDir, RunOptions o,
                             Terminal terminal) {
        terminal.out().println("seed: " + base.seed());
        List<SweepRow> rows = new ArrayList<>();
        boolean failed = false;
        boolean error = false;
        boolean interrupted = false;
        for (int i = 0; i < plans.size(); i++) {
            RunPlan plan = plans.get(i);
            RunReport r = RunExecutor.execute(plan, terminal, terminal.interactive() && !o.quiet());
            rows.add(new SweepRow(param.values().get(i), r));
            failed |= r.status().equals(RunReport.FAILED);
            error |= r.status().equals(RunReport.ERROR);
            interrupted |= r.status().equals(RunReport.INTERRUPTED);
            terminal.out().printf(Locale.ROOT, "[%d/%d] %s=%s: %s%s -> %s%n", i + 1, plans.size(), param.path(),
                    param.values().get(i), r.status(), r.result() == null ? ""
                            : String.format(Locale.ROOT, ", %.3f doorbells/packet", r.result().doorbellsPerPacket()),
                    r.outDir());
            if (r.failure() != null) {
                terminal.err().println("nicsim: " + param.path() + "=" + param.values().get(i) + ": simulation failed ("
                        + r.failure().kind().id() + "): " + r.failure().message());
            }
            if (interrupted) {
                break;   // the remaining values are not run: the sweep's table shows what was
            }
        }
        try {
            SweepReport.write(sweepDir, base.name(), param.path(), rows);
        } catch (IOException e) {
            throw new OutputWriteException(sweepDir, e);
        }
        if (!o.quiet()) {
            terminal.out().println();
            terminal.out().print(SweepReport.table(param.path(), rows));
        }
        terminal.out().println("sweep: " + sweepDir.resolve(SweepReport.CSV) + ", " + sweepDir.resolve(SweepReport.HTML));
        return interrupted ? Interrupts.STATUS : error ? ExitStatus.SIMULATION_FAILED
                : failed ? ExitStatus.CHECK_FAILED : ExitStatus.PASSED;
    }

    /** The per-value folders ("01-...") an earlier sweep left, whatever its values were. */
    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.isEmpty() ? path : last;
    }

    /** A file-name-safe form: letters, digits and . _ = - kept, the rest '_', at most 48 characters. */
    static String sanitize(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._=-]", "_");
        return t.length() > 48 ? t.substring(0, 48) : t;
    }
}
