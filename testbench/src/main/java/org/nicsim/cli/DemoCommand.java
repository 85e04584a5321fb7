package org.nicsim.cli;

import java.nio.file.Path;
import java.util.List;

/** {@code nicsim demo [options]}: runs the shipped default scenario (the README's run command). */
final class DemoCommand implements Command {
    /** The shipped default scenario, relative to the repository root. */
    static final Path DEFAULT_SCENARIO = Path.of("testbench", "scenarios", "default.json");

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "demo [options]                  run the shipped default scenario and print the summary";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim demo [options]

                Runs testbench/scenarios/default.json (4 CPUs, 4 queues, RSS-aligned netisr, forwarding
                app, mixed IPv4/IPv6 traffic) and prints the summary. Takes the options of run:
                """ + RunCommand.OPTIONS_HELP + RunCommand.EXIT_HELP;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        RunOptions o = RunOptions.parse(args, false);
        if (!o.positional().isEmpty()) {
            throw new UsageException("demo takes no scenario file (got " + o.positional().get(0)
                    + "); use ./nicsim run SCENARIO.json");
        }
        return RunCommand.runOnce(RunCommand.commandLine(name(), args), defaultScenario().toString(), o, terminal);
    }

    /** The default scenario under system property {@code nicsim.root} (set by the launcher), else the current directory. */
    static Path defaultScenario() {
        String root = System.getProperty("nicsim.root");
        return root == null || root.isBlank() ? DEFAULT_SCENARIO : Path.of(root).resolve(DEFAULT_SCENARIO);
    }
}
