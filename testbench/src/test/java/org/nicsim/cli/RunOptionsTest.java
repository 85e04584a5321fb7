package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.scenario.FieldOverride;

/** Parsing of the run options. */
class RunOptionsTest {
    private static List<String> paths(RunOptions o) {
        return o.overrides().stream().map(FieldOverride::path).toList();
    }

    @Test
    void seedPacketsWaveAndSetsBecomeOverridesInCommandLineOrder() {
        RunOptions o = RunOptions.parse(List.of("--set", "seed=3", "--seed", "5", "--packets", "10", "--wave", "on",
                "--set", "netisr.policy=FLOW"), false);
        assertEquals(List.of("seed", "seed", "traffic.packets", "wave", "netisr.policy"), paths(o));
        assertEquals(new JsonPrimitive(5L), o.overrides().get(1).value());
        assertEquals(new JsonPrimitive("on"), o.overrides().get(3).value());
        assertEquals(10, o.packets());
    }

    @Test
    void equalsFormIsTheSameAsASeparateValue() {
        assertEquals(RunOptions.parse(List.of("--out", "d", "--pcap", "p", "--seed", "2"), false),
                RunOptions.parse(List.of("--out=d", "--pcap=p", "--seed=2"), false));
    }

    @Test
    void positionalArgumentsAndDoubleDashAreKept() {
        RunOptions o = RunOptions.parse(List.of("a.json", "--quiet", "--", "--weird.json"), false);
        assertEquals(List.of("a.json", "--weird.json"), o.positional());
        assertTrue(o.quiet());
    }

    @Test
    void aBareWaveBeforeAShortOptionTracesTheWholeRun() {
        RunOptions o = RunOptions.parse(List.of("--wave", "-q"), false);
        assertEquals(new JsonPrimitive("on"), o.overrides().get(0).value());
        assertTrue(o.quiet());
    }

    @Test
    void aNegativeNumberIsAValueNotAnOption() {
        assertEquals(new JsonPrimitive(-5L), RunOptions.parse(List.of("--seed", "-5"), false).overrides().get(0).value());
    }

    @Test
    void packetsDefaultsToNoLimit() {
        assertEquals(-1, RunOptions.parse(List.of(), false).packets());
    }

    @Test
    void flagWithAValueIsRejected() {
        assertTrue(assertThrows(UsageException.class, () -> RunOptions.parse(List.of("--quiet=yes"), false))
                .getMessage().contains("--quiet takes no value"));
    }

    @Test
    void emptyOutIsRejected() {
        assertThrows(UsageException.class, () -> RunOptions.parse(List.of("--out="), false));
    }

    @Test
    void paramIsCollectedOnlyWhenAllowed() {
        assertEquals(List.of("a=1,2"), RunOptions.parse(List.of("--param", "a=1,2"), true).params());
        assertThrows(UsageException.class, () -> RunOptions.parse(List.of("--param", "a=1,2"), false));
    }
}
