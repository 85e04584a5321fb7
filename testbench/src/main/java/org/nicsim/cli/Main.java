package org.nicsim.cli;

import java.util.Arrays;
import java.util.List;
import org.nicsim.report.OutputWriteException;
import org.nicsim.report.Versions;
import org.nicsim.scenario.ScenarioException;

/**
 * The {@code nicsim} command line (the launcher {@code ./nicsim} runs it). Dispatches to one
 * {@link Command} and turns errors into the exit statuses of docs/cli.md "Exit status": 2 with one
 * message for usage and input errors (no stack trace), the command's own status otherwise.
 */
public final class Main {
    /** Every command; adding one is a class and a line here. */
    static final List<Command> COMMANDS = List.of(new RunCommand(), new DemoCommand(), new SweepCommand(),
            new ReplayCommand(), new RegressCommand(), new MergeCommand(), new BenchCommand(), new ExplainCommand());

    private Main() {
    }

    /** Commands the launcher runs itself (Maven, the build); listed with ours so no command is missing. */
    static final List<String> LAUNCHER_COMMANDS = List.of("test", "build");

    public static void main(String[] args) {
        Interrupts.install();
        int status;
        try {
            status = execute(Arrays.asList(args), Terminal.system());
        } finally {
            System.out.flush();
            System.err.flush();
            Interrupts.settled();
        }
        System.exit(status);
    }

    /**
     * Runs the command line {@code args} (without the program name) and returns the exit status;
     * never calls {@link System#exit}, so tests run it in-process.
     */
    public static int execute(List<String> args, Terminal terminal) {
        if (args.isEmpty()) {
            terminal.err().print(usage());
            return ExitStatus.BAD_INPUT;
        }
        String word = args.get(0);
        if (word.equals("--version") || word.equals("version")) {
            Versions v = Versions.detect();
            terminal.out().println("nicsim " + v.nicsim() + "\n" + v.verilator() + "\nJava " + v.java());
            return ExitStatus.PASSED;
        }
        if (word.equals("--help") || word.equals("-h") || word.equals("help")) {
            if (args.size() > 1 && !word.startsWith("-")) {
                Command c = find(args.get(1));
                if (c == null) {
                    return unknown(args.get(1), terminal);
                }
                terminal.out().print(c.help());
            } else {
                terminal.out().print(usage());
            }
            return ExitStatus.PASSED;
        }
        Command command = find(word);
        if (command == null) {
            return unknown(word, terminal);
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            terminal.out().print(command.help());
            return ExitStatus.PASSED;
        }
        try {
            return command.execute(rest, terminal);
        } catch (UsageException e) {
            terminal.err().println("nicsim " + command.name() + ": " + e.getMessage());
            terminal.err().println("usage: ./nicsim " + command.synopsis().replaceAll("\\s{2,}.*$", "")
                    + "   (./nicsim " + command.name() + " --help for details)");
            return ExitStatus.BAD_INPUT;
        } catch (InputException e) {
            terminal.err().println("nicsim: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (OutputWriteException e) {
            // the run's outputs are incomplete: never 0 (a pass) nor 2 (nothing started)
            terminal.err().println("nicsim: " + e.getMessage());
            return ExitStatus.SIMULATION_FAILED;
        } catch (ScenarioException e) {
            terminal.err().println("nicsim: " + e.getMessage());
            return ScenarioException.EXIT_STATUS;
        } catch (RuntimeException | Error e) {
            // a bug, not the user's input: never let the JVM's default status 1 pass for "a check failed"
            terminal.err().println("nicsim: internal error (please report it with the command line):");
            e.printStackTrace(terminal.err());
            return ExitStatus.SIMULATION_FAILED;
        }
    }

    private static Command find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static int unknown(String word, Terminal terminal) {
        List<String> names = new java.util.ArrayList<>(COMMANDS.stream().map(Command::name).toList());
        names.addAll(LAUNCHER_COMMANDS);
        terminal.err().println("nicsim: unknown command " + RunOptions.quote(word) + " (commands: "
                + String.join(", ", names) + ")");
        terminal.err().println("usage: ./nicsim <command> [args]   (./nicsim --help lists the commands)");
        return ExitStatus.BAD_INPUT;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("usage: ./nicsim <command> [args]\n\ncommands:\n");
        for (Command c : COMMANDS) {
            sb.append("  ").append(c.synopsis()).append('\n');
        }
        sb.append("  test [MAVEN ARGS]   the whole test suite (what CI runs; -Pnightly adds the soaks)\n");
        sb.append("  build   build what is stale and stop\n");
        sb.append("\n./nicsim <command> --help describes a command's options; ./nicsim --version the versions.\n");
        return sb.toString();
    }
}
