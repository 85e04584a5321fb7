package org.nicsim.cli;

import java.util.Arrays;
import java.util.List;
import org.nicsim.scenario.ScenarioException;

/**
 * The {@code nicsim} command line (the launcher {@code ./nicsim} runs it). Dispatches to one
 * {@link Command} and turns errors into the exit statuses of INTERFACES.md: 2 with one message for
 * usage and input errors (no stack trace), the command's own status otherwise.
 */
public final class Main {
    /** Every command; adding one is a class and a line here. */
    static final List<Command> COMMANDS = List.of(new RunCommand(), new DemoCommand(), new SweepCommand(),
            new ReplayCommand(), new RegressCommand(), new MergeCommand(), new BenchCommand(), new ExplainCommand());

    private Main() {
    }

    public static void main(String[] args) {
        int status = execute(Arrays.asList(args), Terminal.system());
        System.out.flush();
        System.err.flush();
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
        terminal.err().println("nicsim: unknown command " + RunOptions.quote(word) + " (commands: "
                + String.join(", ", COMMANDS.stream().map(Command::name).toList()) + ")");
        terminal.err().println("usage: ./nicsim <command> [args]   (./nicsim --help lists the commands)");
        return ExitStatus.BAD_INPUT;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("usage: ./nicsim <command> [args]\n\ncommands:\n");
        for (Command c : COMMANDS) {
            sb.append("  ").append(c.synopsis()).append('\n');
        }
        sb.append("\n./nicsim <command> --help describes a command's options.\n");
        return sb.toString();
    }
}
