package org.nicsim.report;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Commands printed for the user to paste into a POSIX shell: quoted only where a word needs it. */
public final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    private ShellWords() {
    }

    /** {@code word} as one shell word: as is when plain, else in single quotes ({@code '} as {@code '\''}). */
    public static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The launcher by absolute path ({@code -Dnicsim.root} as the launcher sets it), else {@code ./nicsim}. */
    public static String launcher() {
        String root = System.getProperty("nicsim.root");
        return root == null || root.isBlank() ? "./nicsim" : Path.of(root, "nicsim").toAbsolutePath().normalize().toString();
    }
}
