package org.nicsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parameter of {@code nicsim sweep --param PATH=V1,V2,...}: one path and the values to run
 * it over. Values are split at commas that are not inside a JSON array, object or string, so
 * {@code rss.reta=[0,1,...],round-robin} is two values. Each value reads like a {@code --set} value.
 *
 * @param path the swept field path
 * @param values the values as written, in order
 */
public record SweepParameter(String path, List<String> values) {

    public SweepParameter {
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
    }

    /**
     * Parses {@code PATH=V1,V2,...}.
     *
     * @throws ScenarioException on a missing '=', a malformed path, an empty, repeated or
     *     unclosed value, or a value that starts like JSON but is not
     */
    public static SweepParameter parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw new ScenarioException("", "--param " + JsonValues.quote(spec)
                    + ": expected PATH=V1,V2,... (e.g. ifq.stageCntMax=1,2,4,8,16)");
        }
        String path = spec.substring(0, eq).trim();
        List<String> values = split(spec.substring(eq + 1), spec);
        for (int i = 0; i < values.size(); i++) {
            if (values.indexOf(values.get(i)) < i) {
                throw new ScenarioException("", "--param " + spec + ": value " + (i + 1) + " (" + values.get(i)
                        + ") repeats value " + (values.indexOf(values.get(i)) + 1) + ": each value is run once");
            }
        }
        SweepParameter p = new SweepParameter(path, values);
        p.overrides(); // checks the path and every value now, before any run starts
        return p;
    }

    /** One {@link FieldOverride} per value, in order. */
    public List<FieldOverride> overrides() {
        List<FieldOverride> out = new ArrayList<>();
        for (String v : values) {
            String spec = path + "=" + v;
            out.add(new FieldOverride(path, FieldOverride.parseValue(v, "--param " + spec + ": "), "--param " + spec));
        }
        return out;
    }

    private static List<String> split(String list, String spec) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth <= 0) {
                String v = list.substring(start, Math.min(i, list.length())).trim();
                if (v.isEmpty()) {
                    throw new ScenarioException("", "--param " + spec + ": value " + (out.size() + 1)
                            + " is empty (expected PATH=V1,V2,...)");
                }
                out.add(v);
                start = i + 1;
            }
        }
        if (inString || depth != 0) {   // the closing comma was swallowed: the last value would vanish
            throw new ScenarioException("", "--param " + spec + ": value " + (out.size() + 1) + " ("
                    + list.substring(start).trim() + ") has an unclosed " + (inString ? "string" : depth > 0 ? "[ or {"
                    : "] or }"));
        }
        return out;
    }
}
