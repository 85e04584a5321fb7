package org.nicsim.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.ScenarioException;

/**
 * The options of {@code run} (and of the commands built on it: {@code demo}, {@code sweep}),
 * parsed strictly: an unknown option, a missing value, a malformed number or a second scenario
 * file is a {@link UsageException}. {@code --name value} and {@code --name=value} are both
 * accepted.
 *
 * <p>{@code --seed N}, {@code --packets N} and {@code --wave X} are overrides of {@code seed},
 * {@code traffic.packets} and {@code wave}; they and the {@code --set}s apply in command-line
 * order, so a later one wins.
 *
 * @param positional  arguments that are not options (the scenario file)
 * @param pcap        {@code --pcap} file, or null
 * @param packets     {@code --packets} value, or -1
 * @param out         {@code --out} directory, or null
 * @param quiet       {@code --quiet}
 * @param strict      {@code --strict}: a warning fails the run
 * @param overrides   every override in command-line order
 * @param params      {@code --param} values (sweep only)
 * @param coverage    {@code --coverage}: measure functional coverage (coverage.json and report sections)
 * @param rtlCoverage {@code --rtl-coverage}: run the coverage build of the model, write RTL line/toggle coverage
 */
public record RunOptions(List<String> positional, String pcap, long packets, String out, boolean quiet, boolean strict,
                         List<FieldOverride> overrides, List<String> params, boolean coverage,
                         boolean rtlCoverage) {

    /** Options that take a value, and their argument name for messages. */
    private static final Map<String, String> VALUED = Map.of("--pcap", "IN.pcap", "--seed", "N", "--packets", "N",
            "--out", "DIR", "--wave", "off|on|window:A-B|on-failure", "--set", "PATH=VALUE", "--param", "PATH=V1,V2,...",
            "--stall-cycles", "N");
    private static final Set<String> FLAGS = Set.of("--quiet", "-q", "--strict", "--coverage", "--rtl-coverage");

    public RunOptions {
        positional = List.copyOf(positional);
        overrides = List.copyOf(overrides);
        params = List.copyOf(params);
    }

    /**
     * Parses {@code args}.
     *
     * @param allowParam whether {@code --param} is accepted (sweep)
     */
    public static RunOptions parse(List<String> args, boolean allowParam) {
        List<String> positional = new ArrayList<>();
        List<FieldOverride> overrides = new ArrayList<>();
        List<String> params = new ArrayList<>();
        String pcap = null;
        String out = null;
        long packets = -1;
        boolean quiet = false;
        boolean strict = false;
        boolean coverage = false;
        boolean rtlCoverage = false;
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlyPositional || !a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                if (name.equals("--strict")) {
                    strict = true;
                } else if (name.equals("--coverage")) {
                    coverage = true;
                } else if (name.equals("--rtl-coverage")) {
                    rtlCoverage = true;
                } else {
                    quiet = true;
                }
                continue;
            }
            if (!VALUED.containsKey(name) || (name.equals("--param") && !allowParam)) {
                throw new UsageException("unknown option " + quote(name));
            }
            if (value == null) {
                boolean next = i + 1 < args.size() && !isOption(args.get(i + 1));
                if (!next && name.equals("--wave")) {
                    value = "on";   // a bare --wave (docs/cli.md: --wave) traces the whole run
                } else if (!next) {
                    throw new UsageException(name + ": missing value (expected " + name + " " + VALUED.get(name) + ")");
                } else {
                    value = args.get(++i);
                }
            }
            switch (name) {
                case "--pcap" -> pcap = nonEmpty(name, value);
                case "--out" -> out = nonEmpty(name, value);
                case "--seed" -> overrides.add(override("seed", new JsonPrimitive(integer(name, value, Long.MIN_VALUE)),
                        name, value));
                case "--packets" -> {
                    packets = integer(name, value, 0);
                    overrides.add(override("traffic.packets", new JsonPrimitive(packets), name, value));
                }
                case "--wave" -> overrides.add(override("wave", new JsonPrimitive(nonEmpty(name, value)), name, value));
                case "--stall-cycles" -> overrides.add(override("stallCycles", new JsonPrimitive(integer(name, value, 0)),
                        name, value));
                case "--set" -> overrides.add(setOverride(value));
                case "--param" -> params.add(value);
                default -> throw new IllegalStateException(name);
            }
        }
        return new RunOptions(positional, pcap, packets, out, quiet, strict, overrides, params, coverage, rtlCoverage);
    }

    private static FieldOverride setOverride(String spec) {
        try {
            return FieldOverride.parse(spec);
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** An override standing for an option; messages about it name the option. */
    private static FieldOverride override(String path, JsonElement value, String option, String raw) {
        return new FieldOverride(path, value, option + " " + raw);
    }

    /** An option word ({@code --out}, {@code -q}), not a value: a negative number is a value. */
    private static boolean isOption(String word) {
        return word.startsWith("--") || word.length() == 2 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1));
    }

    private static long integer(String option, String value, long min) {
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": expected " + (min == 0 ? "a non-negative " : "an ") + "integer, got "
                    + quote(value));
        }
        if (v < min) {
            throw new UsageException(option + ": expected a non-negative integer, got " + value);
        }
        return v;
    }

    private static String nonEmpty(String option, String value) {
        if (value.isEmpty()) {
            throw new UsageException(option + ": the value is empty");
        }
        return value;
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
