package org.nicsim.regress;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cases of a regression: every {@code *.json} directly in a folder (sub-folders such as
 * {@code bad/} are not scenarios to run), sorted by file name, each with seeds
 * {@code firstSeed .. firstSeed + seeds - 1}; then the shard's share of them. The order is fixed
 * by names and numbers only, so every shard of a CI matrix computes the same list.
 */
public final class RegressPlan {
    private RegressPlan() {}

    /**
     * @throws IllegalArgumentException naming the folder when it is missing or holds no scenario
     */
    public static List<RegressCase> cases(Path dir, int seeds, long firstSeed, Shard shard) {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds: expected at least 1, got " + seeds);
        }
        List<Path> files = files(dir);
        List<RegressCase> out = new ArrayList<>();
        int k = 0;
        for (Path f : files) {
            for (int i = 0; i < seeds; i++, k++) {
                if (shard.owns(k)) {
                    out.add(new RegressCase(k, f, firstSeed + i));
                }
            }
        }
        return out;
    }

    /**
     * The cases of a closure folder ({@code regress --until-covered} writes one): every scenario
     * once, with the seed written in its file, numbered from {@code firstPosition} so that they
     * follow the regression's other cases and are sharded with them.
     *
     * @throws IllegalArgumentException naming the file when the folder is empty or a scenario has no integer seed
     */
    public static List<RegressCase> ownSeedCases(Path dir, int firstPosition, Shard shard) {
        List<RegressCase> out = new ArrayList<>();
        int k = firstPosition;
        for (Path f : files(dir, "--closure")) {
            long seed = ownSeed(f);
            if (shard.owns(k)) {
                out.add(new RegressCase(k, f, seed));
            }
            k++;
        }
        return out;
    }

    /** The {@code seed} field of a scenario file. */
    static long ownSeed(Path f) {
        try {
            JsonElement seed = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject().get("seed");
            if (seed == null || !seed.isJsonPrimitive() || !seed.getAsJsonPrimitive().isNumber()) {
                throw new IllegalArgumentException(f + ": seed: a closure case needs its seed as an integer in the file");
            }
            return seed.getAsLong();
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read: " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException(f + ": seed: not a JSON object with an integer seed (" + e.getMessage() + ")");
        }
    }

    /**
     * The scenario files of a regression, in case order.
     *
     * @throws IllegalArgumentException naming the folder when it is missing or holds no scenario
     */
    public static List<Path> files(Path dir) {
        return files(dir, "--scenarios");
    }

    /** The scenario files of {@code dir}, which the command line gave as {@code option} (named in a refusal). */
    public static List<Path> files(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(option + " " + dir + ": no *.json scenario files in it");
        }
        return files;
    }
}
