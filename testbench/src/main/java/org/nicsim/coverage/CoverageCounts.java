package org.nicsim.coverage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hits per bin of {@link FunctionalCoverage}, and for merged counts the case that hit each bin
 * first. Unknown bins are refused: a sampler that names a bin the definition lacks is a bug.
 */
public final class CoverageCounts {
    private final Map<String, Long> hits = new LinkedHashMap<>();
    private final Map<String, String> firstHitBy = new LinkedHashMap<>();

    public CoverageCounts() {
        for (Coverpoint p : FunctionalCoverage.points()) {
            for (String b : p.bins()) {
                hits.put(p.id(b), 0L);
            }
        }
    }

    /** Adds {@code n} hits to bin {@code bin} of coverpoint {@code point}. */
    public void hit(String point, String bin, long n) {
        add(point + "/" + bin, n, null);
    }

    public void hit(String point, String bin) {
        hit(point, bin, 1);
    }

    /** Adds {@code n} hits to the bin with identifier {@code id}, first hit by {@code by} if it was unhit. */
    public void add(String id, long n, String by) {
        Long h = hits.get(id);
        if (h == null) {
            throw new IllegalArgumentException("coverage: no bin " + id);
        }
        if (n <= 0) {
            return;
        }
        if (h == 0 && by != null && !firstHitBy.containsKey(id)) {
            firstHitBy.put(id, by);
        }
        hits.put(id, h + n);
    }

    /** Adds every hit of {@code other}, crediting first hits to {@code by} (or to whoever {@code other} credits). */
    public void merge(CoverageCounts other, String by) {
        for (Map.Entry<String, Long> e : other.hits.entrySet()) {
            add(e.getKey(), e.getValue(), other.firstHitBy.getOrDefault(e.getKey(), by));
        }
    }

    public long hits(String point, String bin) {
        return hits.getOrDefault(point + "/" + bin, 0L);
    }

    /** The case that first hit the bin, or null. */
    public String firstHitBy(String id) {
        return firstHitBy.get(id);
    }

    /** Bins of {@code point} hit / counted (exclusions left out). */
    public long[] hitOfCounted(Coverpoint point) {
        long hit = 0;
        long counted = 0;
        for (String b : point.counted()) {
            counted++;
            if (hits(point.name(), b) > 0) {
                hit++;
            }
        }
        return new long[] {hit, counted};
    }

    /** Bins of a group hit / counted. */
    public long[] hitOfCounted(String group) {
        long[] sum = new long[2];
        for (Coverpoint p : FunctionalCoverage.points()) {
            if (p.group().equals(group)) {
                long[] t = hitOfCounted(p);
                sum[0] += t[0];
                sum[1] += t[1];
            }
        }
        return sum;
    }

    /** Bins of the whole definition hit / counted. */
    public long[] total() {
        long[] sum = new long[2];
        for (String g : FunctionalCoverage.groups()) {
            long[] t = hitOfCounted(g);
            sum[0] += t[0];
            sum[1] += t[1];
        }
        return sum;
    }

    /** Percent, one decimal, of hit / counted (100 when nothing is counted). */
    public static double percent(long[] hitOfCounted) {
        return hitOfCounted[1] == 0 ? 100.0 : Math.floor(1000.0 * hitOfCounted[0] / hitOfCounted[1]) / 10.0;
    }
}
