package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --param PATH=V1,V2,...} for sweeps. */
class SweepParameterTest {

    @Test
    void splitsValuesAtCommas() {
        SweepParameter p = SweepParameter.parse("ifq.stageCntMax=1,2,4,8,16");
        assertEquals("ifq.stageCntMax", p.path());
        assertEquals(List.of("1", "2", "4", "8", "16"), p.values());
    }

    @Test
    void commasInsideArraysObjectsAndStringsDoNotSplit() {
        SweepParameter p = SweepParameter.parse("ringMap=[0,1,2,3],[3,2,1,0],{\"offset\":1},\"a,b\"");
        assertEquals(List.of("[0,1,2,3]", "[3,2,1,0]", "{\"offset\":1}", "\"a,b\""), p.values());
    }

    @Test
    void eachValueBecomesAnOverrideOfThePath() {
        List<FieldOverride> o = SweepParameter.parse("netisr.policy=SOURCE,FLOW").overrides();
        List<NetisrPolicy> policies = o.stream()
                .map(x -> ScenarioLoader.parse("{}", List.of(x)).netisr().policy()).toList();
        assertEquals(List.of(NetisrPolicy.SOURCE, NetisrPolicy.FLOW), policies);
    }

    @Test
    void overrideSourceNamesTheSingleValue() {
        assertEquals("--param ifq.mtu=9000", SweepParameter.parse("ifq.mtu=1500,9000").overrides().get(1).source());
    }

    @Test
    void whitespaceAroundValuesIsIgnored() {
        assertEquals(List.of("1", "2"), SweepParameter.parse("cpus=1, 2").values());
    }

    @Test
    void emptyValueIsRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepParameter.parse("cpus=1,,2"));
        assertEquals("--param cpus=1,,2: value 2 is empty (expected PATH=V1,V2,...)", e.getMessage());
    }

    @Test
    void anUnclosedStringIsRejectedNotDropped() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepParameter.parse("ifq.stageCntMax=1,4,\"16"));
        assertEquals("--param ifq.stageCntMax=1,4,\"16: value 3 (\"16) has an unclosed string", e.getMessage());
    }

    @Test
    void anUnclosedArrayIsRejectedNotDropped() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepParameter.parse("rss.reta=[0,1"));
        assertEquals("--param rss.reta=[0,1: value 1 ([0,1) has an unclosed [ or {", e.getMessage());
    }

    @Test
    void aRepeatedValueIsRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepParameter.parse("ifq.stageCntMax=4,8,4"));
        assertEquals("--param ifq.stageCntMax=4,8,4: value 3 (4) repeats value 1: each value is run once", e.getMessage());
    }

    @Test
    void anEmptyPathIsNamedAsTheParam() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepParameter.parse("=1,2"));
        assertEquals("--param =1: the path before '=' is empty", e.getMessage());
    }

    @Test
    void missingEqualsIsRejected() {
        assertThrows(ScenarioException.class, () -> SweepParameter.parse("cpus"));
    }

    @Test
    void malformedPathIsRejectedBeforeAnyRun() {
        assertThrows(ScenarioException.class, () -> SweepParameter.parse("ifq..mtu=1,2"));
    }
}
