package org.nicsim.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Command-line options of {@code nicsim bench}. */
final class Options {
    static final String USAGE = """
            usage: ./nicsim bench [--frames N] [--warmup N] [--reps N] [--traffic 64B,IMIX] [--modes 1,2,3,4] [--seed S]
                                  [--variants traced,notrace,nopgo,coverage,noreorder,threads2]
                   ./nicsim bench --memory N1,N2,...   heap/RSS of one co-simulation run at those frame counts
                   ./nicsim bench --parallel [--frames N] [--reps N]   one seed vs two seeds on two threads
                   ./nicsim bench --startup            JVM start to the driver attached
                   ./nicsim bench --write-frames FILE [--traffic T]   the frame file and the C++ harness
                                                       command line, for profiling the harness by hand

            Simulation speed of the same nic_top with the same frames, driven four ways (modes):
              1 the co-simulation end to end (driver, netisr/ifq model, scoreboard, outputs streamed to files)
              2 bridge only: the Java driver servicing the rings over the JNI bridge, nothing else
              3 the C++ harness (jni/target/native/nicsim-cpp-harness): same model and BFMs, no JVM: the limit
              4 per-signal bridging: Java BFMs, one JNI peek/poke per port access per cycle
            Reports Mcycles/s and kframes/s (wall clock and per CPU-second of the simulating thread) with
            min/median/max over repetitions, Java heap bytes allocated per frame, and the ratios 1/3, 2/3, 1/4.
            --variants prices native build variants of the model, each mode on each (the launcher builds them):
              traced (FST tracing compiled in: waveform runs), notrace (untraced and profile-guided: what runs
              with waveforms off load), nopgo (notrace without the profile), coverage (--rtl-coverage),
              noreorder (Verilator -fno-reorder), threads2 (Verilator --threads 2)
            Not a test: run it on a quiet machine.
            defaults: --frames 20000 --warmup 2000 --reps 5 --traffic 64B,IMIX --modes 1,2,3,4 --seed 1,
                      the variant runs use (notrace when built)""";

    long frames = 20_000;
    long warmup = 2_000;
    int reps = 5;
    long seed = 1;
    List<BenchTraffic> traffic = List.of(BenchTraffic.SMALL, BenchTraffic.IMIX);
    EnumSet<Mode> modes = EnumSet.allOf(Mode.class);
    /** Build variants to price, in the order given; empty: the one runs use. */
    List<Variant> variants = List.of();
    long[] memory;
    boolean parallel;
    boolean startup;
    String writeFrames;
    boolean help;

    static Options parse(String[] given) {
        String[] args = splitEquals(given);
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> o.help = true;
                case "--parallel" -> o.parallel = true;
                case "--startup" -> o.startup = true;
                case "--frames" -> o.frames = positive(a, value(args, ++i, a));
                case "--warmup" -> o.warmup = nonNegative(a, value(args, ++i, a));
                case "--reps" -> o.reps = (int) Math.min(1000, positive(a, value(args, ++i, a)));
                case "--seed" -> o.seed = number(a, value(args, ++i, a));
                case "--traffic" -> o.traffic = traffic(value(args, ++i, a));
                case "--write-frames" -> o.writeFrames = value(args, ++i, a);
                case "--modes" -> o.modes = modes(value(args, ++i, a));
                case "--variants" -> o.variants = variants(value(args, ++i, a));
                case "--memory" -> {
                    String[] parts = value(args, ++i, a).split(",");
                    o.memory = new long[parts.length];
                    for (int k = 0; k < parts.length; k++) {
                        o.memory[k] = positive(a, parts[k].trim());
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return o;
    }

    /** {@code --name=value} as {@code --name value}, as every other command takes it. */
    private static String[] splitEquals(String[] args) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                out.add(a.substring(0, eq));
                out.add(a.substring(eq + 1));
            } else {
                out.add(a);
            }
        }
        return out.toArray(new String[0]);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return args[i];
    }

    private static long number(String opt, String v) {
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + ": not a number: " + v);
        }
    }

    private static long positive(String opt, String v) {
        long n = number(opt, v);
        if (n <= 0) {
            throw new IllegalArgumentException(opt + " must be > 0, got " + v);
        }
        return n;
    }

    private static long nonNegative(String opt, String v) {
        long n = number(opt, v);
        if (n < 0) {
            throw new IllegalArgumentException(opt + " must be >= 0, got " + v);
        }
        return n;
    }

    private static List<BenchTraffic> traffic(String v) {
        List<BenchTraffic> out = new ArrayList<>();
        for (String s : v.split(",")) {
            switch (s.trim().toUpperCase(Locale.ROOT)) {
                case "64B", "64", "SMALL" -> out.add(BenchTraffic.SMALL);
                case "IMIX" -> out.add(BenchTraffic.IMIX);
                default -> throw new IllegalArgumentException("--traffic: unknown profile " + s + " (64B or IMIX)");
            }
        }
        return List.copyOf(out);
    }

    private static List<Variant> variants(String v) {
        List<Variant> out = new ArrayList<>();
        for (String s : v.split(",")) {
            Variant x = Variant.parse(s);
            if (!out.contains(x)) {
                out.add(x);
            }
        }
        return List.copyOf(out);
    }

    private static EnumSet<Mode> modes(String v) {
        EnumSet<Mode> out = EnumSet.noneOf(Mode.class);
        for (String s : v.split(",")) {
            switch (s.trim()) {
                case "1" -> out.add(Mode.COSIM);
                case "2" -> out.add(Mode.BRIDGE);
                case "3" -> out.add(Mode.CPP);
                case "4" -> out.add(Mode.PIN);
                default -> throw new IllegalArgumentException("--modes: unknown mode " + s + " (1, 2, 3 or 4)");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--modes: at least one mode");
        }
        return out;
    }
}
