package org.nicsim.regress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What makes two regression outputs parts of the same regression: the scenario files (by name and
 * content), the seeds, the options every case ran with ({@code --packets}, {@code --set}, ...)
 * and the build. {@link #id} is a fingerprint of all of it; {@link #differences} says in words
 * what two of them do not share, for {@code merge}'s refusal.
 *
 * @param seeds     seeds per scenario
 * @param firstSeed first seed
 * @param options   the run options of every case, as typed
 * @param scenarios scenario file name to the SHA-256 of its bytes (first 16 hex digits)
 * @param build     the build the cases ran (nicsim, Verilator, source fingerprint)
 * @param cases     cases in the whole regression, over all shards
 */
public record RegressionId(int seeds, long firstSeed, String options, Map<String, String> scenarios, String build,
                           int cases) {
    public RegressionId {
        scenarios = Map.copyOf(new TreeMap<>(scenarios));
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(build, "build");
    }

    /** The regression of {@code files}, hashing their contents now. */
    public static RegressionId of(List<Path> files, int seeds, long firstSeed, String options, String build) {
        Map<String, String> hashes = new TreeMap<>();
        for (Path f : files) {
            try {
                hashes.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)).substring(0, 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RegressionId(seeds, firstSeed, options, hashes, build, files.size() * seeds);
    }

    /**
     * A regression that also runs the closure cases of {@code closureFiles} (one case each, its
     * own seed); they are named {@code closure/<file>} in {@link #scenarios}.
     */
    public static RegressionId of(List<Path> files, int seeds, long firstSeed, List<Path> closureFiles, String options,
                                  String build) {
        return of(files, seeds, firstSeed, options, build).withClosure(closureFiles, "");
    }

    /** This regression with the one-seed cases of {@code closureFiles} added and {@code moreOptions} appended. */
    public RegressionId withClosure(List<Path> closureFiles, String moreOptions) {
        Map<String, String> hashes = new TreeMap<>(scenarios);
        of(closureFiles, 1, 0, options, build).scenarios().forEach((k, v) -> hashes.put("closure/" + k, v));
        return new RegressionId(seeds, firstSeed, options + moreOptions, hashes, build, cases + closureFiles.size());
    }

    /** The fingerprint: 16 hex digits of a SHA-256 over every field. */
    public String id() {
        StringBuilder sb = new StringBuilder();
        sb.append(seeds).append('\n').append(firstSeed).append('\n').append(options).append('\n').append(build).append('\n');
        new TreeMap<>(scenarios).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** What differs between this regression and {@code o}, one phrase each; empty when they are the same. */
    public List<String> differences(RegressionId o) {
        List<String> d = new ArrayList<>();
        if (seeds != o.seeds || firstSeed != o.firstSeed) {
            d.add("seeds " + seedRange() + " vs " + o.seedRange());
        }
        if (!options.equals(o.options)) {
            d.add("options '" + options + "' vs '" + o.options + "'");
        }
        if (!build.equals(o.build)) {
            d.add("build '" + build + "' vs '" + o.build + "'");
        }
        TreeSet<String> names = new TreeSet<>(scenarios.keySet());
        names.addAll(o.scenarios.keySet());
        for (String n : names) {
            String a = scenarios.get(n);
            String b = o.scenarios.get(n);
            if (a == null || b == null) {
                d.add("scenario " + n + " only in " + (a == null ? "the second" : "the first"));
            } else if (!a.equals(b)) {
                d.add("scenario " + n + " has different contents");
            }
        }
        return d;
    }

    private String seedRange() {
        return firstSeed + ".." + (firstSeed + seeds - 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
