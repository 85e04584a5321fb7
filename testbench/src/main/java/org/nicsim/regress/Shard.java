package org.nicsim.regress;

/**
 * One slice of a regression, {@code index} of {@code count} (1-based, as {@code --shard 2/4} is
 * written). Case k of the full ordered list belongs to shard {@code k % count + 1}, so shards are
 * balanced to within one case and every case is in exactly one shard.
 *
 * @param index 1..count
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {
    /** The whole regression in one shard. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard: expected i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /**
     * Parses {@code i/n}.
     *
     * @throws IllegalArgumentException naming {@code --shard} and what was expected
     */
    public static Shard parse(String text) {
        String[] p = text.trim().split("/", -1);
        if (p.length != 2) {
            throw new IllegalArgumentException("--shard: expected i/n (e.g. 2/4), got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard: expected i/n with whole numbers (e.g. 2/4), got '" + text + "'");
        }
    }

    /** Whether case {@code k} (0-based position in the full list) is this shard's. */
    public boolean owns(int k) {
        return k % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
