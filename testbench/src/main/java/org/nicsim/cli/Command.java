package org.nicsim.cli;

import java.util.List;

/**
 * One {@code nicsim} subcommand. Adding a command is one class implementing this plus one line in
 * {@link Main#COMMANDS}; {@link Main} handles {@code --help}, usage errors and exit statuses.
 */
public interface Command {
    /** The word that selects it: {@code run}, {@code sweep}, ... */
    String name();

    /** One line for the command list. */
    String synopsis();

    /** The full {@code --help} text, ending with a newline. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command word ({@code --help} already handled)
     * @return the exit status ({@link ExitStatus})
     * @throws UsageException for a malformed command line (exit 2)
     * @throws InputException for an unusable input (exit 2)
     */
    int execute(List<String> args, Terminal terminal);
}
