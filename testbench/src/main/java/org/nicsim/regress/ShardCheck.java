package org.nicsim.regress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Refuses to merge outputs that are not shards of one regression: a summary without a regression
 * id, two different regressions (other scenarios, seeds, options or build), a shard given twice,
 * or a shard whose cases are not exactly the ones its index owns (duplicated or missing cases).
 * Each refusal says which folder and what differs.
 */
public final class ShardCheck {
    private ShardCheck() {
    }

    /**
     * @param dirs  the shard folders, as given
     * @param parts their summaries, in the same order
     * @throws IllegalArgumentException saying what is wrong
     */
    public static RegressSummary merge(List<Path> dirs, List<RegressSummary> parts) {
        RegressSummary first = parts.get(0);
        for (int i = 0; i < parts.size(); i++) {
            RegressSummary p = parts.get(i);
            if (p.regression() == null) {
                throw new IllegalArgumentException(dirs.get(i) + ": its summary.json has no regression id (an older nicsim"
                        + " wrote it); re-run that shard");
            }
            List<String> d = first.regression().differences(p.regression());
            if (!d.isEmpty() || p.shardCount() != first.shardCount()) {
                if (p.shardCount() != first.shardCount()) {
                    d.add(0, first.shardCount() + " shards vs " + p.shardCount());
                }
                throw new IllegalArgumentException(dirs.get(i) + " is not a shard of the same regression as " + dirs.get(0)
                        + ": " + String.join("; ", d));
            }
        }
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int s : parts.get(i).shards()) {
                if (!seen.add(s)) {
                    throw new IllegalArgumentException(dirs.get(i) + ": shard " + s + "/" + first.shardCount()
                            + " is given twice");
                }
            }
            ownsExactly(dirs.get(i), parts.get(i));
        }
        return RegressSummary.merge(parts);
    }

    /** The shard holds each case its indices own once, and no other. */
    private static void ownsExactly(Path dir, RegressSummary p) {
        int n = p.shardCount();
        TreeSet<Integer> expected = new TreeSet<>();
        for (int s : p.shards()) {
            Shard shard = new Shard(s, n);
            for (int k = 0; k < p.regression().cases(); k++) {
                if (shard.owns(k)) {
                    expected.add(k);
                }
            }
        }
        List<String> dup = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        TreeSet<Integer> have = new TreeSet<>();
        for (CaseResult c : p.cases()) {
            if (!have.add(c.position())) {
                dup.add(c.id());
            } else if (!expected.contains(c.position())) {
                foreign.add(c.id());
            }
        }
        expected.removeAll(have);
        if (!dup.isEmpty() || !foreign.isEmpty() || !expected.isEmpty()) {
            throw new IllegalArgumentException(dir + ": shard " + p.shards() + " of " + n + " does not hold exactly its cases:"
                    + (dup.isEmpty() ? "" : " duplicated " + dup)
                    + (foreign.isEmpty() ? "" : " not its own " + foreign)
                    + (expected.isEmpty() ? "" : " missing " + expected.size() + " (positions " + expected + ")"));
        }
    }
}
