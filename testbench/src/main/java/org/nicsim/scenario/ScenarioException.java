package org.nicsim.scenario;

/**
 * A scenario the user supplied is unusable: unreadable file, malformed JSON, unknown field,
 * wrong type, out-of-range value, or a bad {@code --set}. The message is complete and meant for
 * the user: the command line prints {@code nicsim: <file>: <message>} and exits with
 * {@link #EXIT_STATUS}. It names the field path (e.g. {@code netisr.qlimit}) or, for syntax
 * errors, the line and column.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit status of the command line for bad input or usage (docs/cli.md "Exit status"). */
    public static final int EXIT_STATUS = 2;

    private final String path;
    private final String detail;

    /**
     * @param path the field path the problem is at, "" when it concerns the whole input
     *     (syntax errors, unreadable file)
     * @param detail what is wrong and what was expected
     */
    public ScenarioException(String path, String detail) {
        super(path.isEmpty() ? detail : path + ": " + detail);
        this.path = path;
        this.detail = detail;
    }

    /** The field path, e.g. {@code rss.reta[5]}; "" when the problem is not at one field. */
    public String path() {
        return path;
    }

    /** The message without the leading path. */
    public String detail() {
        return detail;
    }

    /** Same problem with extra words at the end, e.g. which {@code --set} caused it. */
    ScenarioException withNote(String note) {
        ScenarioException e = new ScenarioException(path, detail + " " + note);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
