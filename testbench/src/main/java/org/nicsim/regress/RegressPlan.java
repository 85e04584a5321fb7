package org.nicsim.regress;

import java.io.IOException;
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
     * The scenario files of a regression, in case order.
     *
     * @throws IllegalArgumentException naming the folder when it is missing or holds no scenario
     */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--scenarios " + dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--scenarios " + dir + ": no *.json scenario files in it");
        }
        return files;
    }
}
