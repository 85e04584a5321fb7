package org.nicsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.report.RunReport;

/** {@code nicsim run [SCENARIO.json] [options]}: one co-simulation run. */
final class RunCommand implements Command {
    static final String OPTIONS_HELP = """
              --pcap IN.pcap      traffic from a pcap/pcapng capture (file order) instead of the generator
              --seed N            seed of the run (same as --set seed=N)
              --packets N         frames to inject (--set traffic.packets=N); with --pcap, the first N frames
              --out DIR           output directory (default target/nicsim/<scenario>-<seed>/)
              --wave MODE         off | on | window:A-B | on-failure (--set wave=MODE)
              --stall-cycles N    fail as stalled after N cycles without progress (--set stallCycles=N;
                                  default 200000)
              --strict            a warning (nothing checked, most frames dropped, a reconfiguration
                                  that never fired, capture frames the NIC cannot take) fails the run
              --set PATH=VALUE    override any scenario field, e.g. --set netisr.policy=FLOW,
                                  --set rss.reta=[0,1,0,1,...]; repeatable, later ones win
              --quiet, -q         no progress bar and no summary: the seed and one status line
              --coverage          measure functional coverage: coverage.json, a report.html section,
                                  one summary line per group (docs/coverage.md)
              --rtl-coverage      run the coverage build of the model: coverage.dat, coverage.info
                                  (lcov) and rtl-coverage/index.html (genhtml), line and toggle %
              --help, -h          this text
            """;

    static final String EXIT_HELP = """
            exit status: 0 every check passed, 1 a check failed (or a warning with --strict),
                         2 bad input or usage, 3 the simulation failed or an output could not be
                         written, 130/143 interrupted by SIGINT/SIGTERM (reports say "interrupted")
            """;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String synopsis() {
        return "run [SCENARIO.json] [options]   one co-simulation run";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim run [SCENARIO.json] [options]

                Runs one co-simulation: the Java driver drives the Verilator NIC, the netisr/ifq model
                runs beside it and the scoreboard compares them frame by frame and doorbell by doorbell.
                Without SCENARIO.json the built-in defaults are used.

                options:
                """ + OPTIONS_HELP + """

                outputs in DIR: summary.txt report.json report.html junit.xml packets.jsonl
                doorbells.jsonl tx.pcap, and wave.fst wave.gtkw when a waveform was written
                """ + EXIT_HELP;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        RunOptions o = RunOptions.parse(args, false);
        if (o.positional().size() > 1) {
            throw new UsageException("expected at most one scenario file, got " + o.positional().size() + ": "
                    + String.join(" ", o.positional()));
        }
        String file = o.positional().isEmpty() ? null : o.positional().get(0);
        return runOnce(commandLine(name(), args), file, o, terminal);
    }

    /** Prepares, runs and reports one run; shared by the commands that are a single run. */
    static int runOnce(List<String> command, String scenarioFile, RunOptions o, Terminal terminal) {
        return runPlan(RunPlan.prepare(command, scenarioFile, o, null), o, terminal);
    }

    /** Runs a prepared plan, prints the summary (or the status line) and returns the exit status. */
    static int runPlan(RunPlan plan, RunOptions o, Terminal terminal) {
        RunReport report = RunExecutor.execute(plan, terminal, terminal.interactive() && !o.quiet(), true);
        if (o.quiet()) {
            terminal.out().println(statusLine(report));
        } else {
            terminal.out().print(RunExecutor.summary(plan, report));
        }
        if (report.failure() != null && report.failure().interrupted()) {
            terminal.err().println("nicsim: " + report.failure().message());
        } else if (report.failure() != null) {
            terminal.err().println("nicsim: simulation failed (" + report.failure().kind().id() + "): "
                    + report.failure().message());
        }
        for (String w : report.warnings()) {
            terminal.err().println("nicsim: warning: " + w);
        }
        return RunExecutor.exitStatus(report);
    }

    /** "nicsim: default (seed 1): passed -> target/nicsim/default-1". */
    static String statusLine(RunReport r) {
        return String.format(Locale.ROOT, "nicsim: %s (seed %d): %s -> %s", r.scenario().name(), r.scenario().seed(),
                r.status(), r.outDir());
    }

    static List<String> commandLine(String name, List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(name);
        c.addAll(args);
        return c;
    }
}
