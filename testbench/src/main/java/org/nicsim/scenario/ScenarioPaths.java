package org.nicsim.scenario;

/**
 * Spelling of field paths in messages and in {@code --set}: names joined by '.', array
 * elements as {@code [i]}, e.g. {@code tx.batches[0].sizes[2]}. The document itself is "".
 */
final class ScenarioPaths {

    private ScenarioPaths() {
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /**
     * Whether one path lies inside the other (or they are equal), on segment boundaries:
     * "traffic.mix" and "traffic.mix.tcp4" are related, "traffic.mix" and "traffic.mixes" are not.
     */
    static boolean related(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!longer.startsWith(shorter)) {
            return false;
        }
        if (longer.length() == shorter.length()) {
            return true;
        }
        char next = longer.charAt(shorter.length());
        return next == '.' || next == '[';
    }
}
