package org.nicsim.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The definition: crosses keep exactly the meaningful combinations, docs/coverage.md names every coverpoint, merges add. */
class FunctionalCoverageTest {
    @Test
    void classificationCrossCountsThirtyOneReachableCombinations() {
        // none: 7 types x 2 tags; options: 3 IPv4 types x 2; each fragment kind, ipv6_ext, malformed,
        // type_disabled: 1 type x 2; runt: NONE untagged only
        assertEquals(14 + 6 + 2 + 2 + 2 + 2 + 2 + 1, FunctionalCoverage.point("rx.class").counted().size());
    }

    @Test
    void netisrCrossCountsEighteenReachableCombinations() {
        // SOURCE.DIRECT.direct; per policy HYBRID {direct, qdrop, hybrid_queued} and DEFERRED {queued, qdrop};
        // CPU adds cpuid_none under HYBRID and DEFERRED
        assertEquals(1 + 3 * 5 + 2, FunctionalCoverage.point("netisr.outcome").counted().size());
    }

    @Test
    void driverStartsOutsideNetisrOrByAFullSubqueueAreExcluded() {
        // ifq_set_maxlen leaves room for every CPU's stage: a full subqueue is always oactive or started
        assertEquals(java.util.List.of("stage_cntmax", "byte_limit", "full_size_frame", "rollup", "completion_restart"),
                FunctionalCoverage.point("ifq.start").counted());
    }

    @Test
    void everyExclusionHasAReason() {
        for (Coverpoint p : FunctionalCoverage.points()) {
            p.exclusions().forEach((b, why) -> assertTrue(why.length() > 20, p.id(b)));
        }
    }

    @Test
    void docsDescribeEveryCoverpoint() throws IOException {
        String root = System.getProperty("nicsim.root", "..");
        String doc = Files.readString(Path.of(root, "docs", "coverage.md"));
        for (Coverpoint p : FunctionalCoverage.points()) {
            assertTrue(doc.contains("`" + p.name() + "`"), "docs/coverage.md lacks " + p.name());
        }
        for (String rule : FunctionalCoverage.RULES) {
            assertTrue(doc.contains(rule), "docs/coverage.md lacks rule bin " + rule);
        }
    }

    @Test
    void anUnknownBinIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CoverageCounts().hit("rx.rule", "C15.nonsense"));
    }

    @Test
    void mergeAddsHitsAndKeepsTheFirstCaseThatHitABin(@TempDir Path tmp) throws IOException {
        CoverageCounts a = new CoverageCounts();
        a.hit("fates.fate", "delivered", 5);
        CoverageCounts b = new CoverageCounts();
        b.hit("fates.fate", "delivered", 2);
        b.hit("fates.fate", "qdrop", 1);
        CoverageJson.write(b, tmp);
        CoverageCounts merged = new CoverageCounts();
        merged.merge(a, "case-a");
        merged.merge(CoverageJson.read(tmp.resolve(CoverageJson.FILE)), "case-b");
        assertEquals(7, merged.hits("fates.fate", "delivered"));
        assertEquals("case-a", merged.firstHitBy("fates.fate/delivered"));
        assertEquals("case-b", merged.firstHitBy("fates.fate/qdrop"));
    }
}
