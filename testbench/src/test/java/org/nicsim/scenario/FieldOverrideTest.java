package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set PATH=VALUE} changes the JSON tree before validation. */
class FieldOverrideTest {

    private static Scenario run(String json, String... sets) {
        return ScenarioLoader.parse(json, FieldOverride.parseAll(List.of(sets)));
    }

    private static ScenarioException rejected(String json, String... sets) {
        return assertThrows(ScenarioException.class, () -> run(json, sets));
    }

    @Test
    void bareWordIsAString() {
        assertEquals(NetisrPolicy.FLOW, run("{}", "netisr.policy=FLOW").netisr().policy());
    }

    @Test
    void numberIsANumber() {
        assertEquals(8, run("{}", "ifq.stageCntMax=8").ifq().stageCntMax());
    }

    @Test
    void aBareNumberIsItsTextWhereAStringIsWanted() {
        assertEquals("123", run("{}", "name=123").name());
        String key = "0".repeat(80);   // hex digits that happen to be decimal: the shell leaves no quotes to tell
        assertEquals(key, run("{}", "rss.key=" + key).rss().key());
    }

    @Test
    void aNumberInAFileIsNotAString() {
        assertEquals("name: expected a string, got a number (123)", rejected("{\"name\": 123}").getMessage());
    }

    @Test
    void overrideReplacesTheFileValue() {
        assertEquals(8, run("{\"ifq\": {\"stageCntMax\": 2, \"mtu\": 9000}}", "ifq.stageCntMax=8").ifq().stageCntMax());
    }

    @Test
    void overrideKeepsSiblingFields() {
        assertEquals(9000, run("{\"ifq\": {\"stageCntMax\": 2, \"mtu\": 9000}}", "ifq.stageCntMax=8").ifq().mtu());
    }

    @Test
    void mixFractionOverrideIsValidatedWithTheRestOfTheMix() {
        String json = "{\"traffic\": {\"mix\": {\"tcp4\": 0.4, \"udp4\": 0.6}}}";
        TrafficMix m = run(json, "traffic.mix.tcp4=0.5", "traffic.mix.udp4=0.5").traffic().mix();
        assertEquals(new TrafficMix(0.5, 0.5, 0, 0, 0), m);
    }

    @Test
    void overrideThatBreaksTheMixSumSaysWhichSetDidIt() {
        ScenarioException e = rejected("{\"traffic\": {\"mix\": {\"tcp4\": 0.4, \"udp4\": 0.6}}}", "traffic.mix.tcp4=0.5");
        assertEquals("traffic.mix", e.path());
        assertEquals(true, e.getMessage().endsWith("(from --set traffic.mix.tcp4=0.5)"), e.getMessage());
    }

    @Test
    void unknownFieldPathIsRejectedLikeInAFile() {
        ScenarioException e = rejected("{}", "netisr.polcy=FLOW");
        assertEquals("netisr.polcy", e.path());
        assertEquals("netisr.polcy: unknown field (known: policy, dispatch, qlimit, workstreams, ifIndex)"
                + " (from --set netisr.polcy=FLOW)", e.getMessage());
    }

    @Test
    void unknownSectionIsRejected() {
        assertEquals("netsir", rejected("{}", "netsir.policy=FLOW").path());
    }

    @Test
    void badValueNamesPathAndTheSet() {
        ScenarioException e = rejected("{}", "netisr.qlimit=lots");
        assertEquals("netisr.qlimit: expected an integer, got a string (\"lots\") (from --set netisr.qlimit=lots)",
                e.getMessage());
    }

    @Test
    void quotedStringStaysAString() {
        // "4" in quotes is the string 4, which cpus does not accept
        assertEquals("cpus: expected an integer, got a string (\"4\") (from --set cpus=\"4\")",
                rejected("{}", "cpus=\"4\"").getMessage());
    }

    @Test
    void arrayValueIsParsedAsJson() {
        assertEquals(List.of(3, 2, 1, 0), java.util.Arrays.stream(run("{}", "ringMap=[3,2,1,0]").ringCpus()).boxed().toList());
    }

    @Test
    void objectValueReplacesAWholeSection() {
        Scenario s = run("{\"netisr\": {\"qlimit\": 16}}", "netisr={\"policy\": \"SOURCE\"}");
        assertEquals(NetisrPolicy.SOURCE, s.netisr().policy());
        assertEquals(256, s.netisr().qlimit()); // the file's qlimit went with the replaced object
    }

    @Test
    void booleanIsABoolean() {
        assertEquals("app: expected one of forward, sink, got a boolean (true) (from --set app=true)",
                rejected("{}", "app=true").getMessage());
    }

    @Test
    void malformedJsonLookingValueIsASyntaxError() {
        ScenarioException e = rejected("{}", "rss.reta=[1,2");
        assertEquals("--set rss.reta=[1,2: value line 1 column 5: unexpected end of input inside an array,"
                + " expected ',' or ']'", e.getMessage());
    }

    @Test
    void arrayElementCanBeSet() {
        String json = "{\"tx\": {\"batches\": [{\"cpu\": 0, \"sizes\": [64]}, {\"cpu\": 1, \"sizes\": [64, 64]}]}}";
        Scenario s = run(json, "tx.batches[1].sizes[0]=1514");
        assertEquals(List.of(1514, 64), s.tx().batches().get(1).sizes());
    }

    @Test
    void indexOnePastTheEndAppends() {
        String json = "{\"tx\": {\"batches\": [{\"sizes\": [64]}]}}";
        assertEquals(List.of(64, 128), run(json, "tx.batches[0].sizes[1]=128").tx().batches().get(0).sizes());
    }

    @Test
    void indexFurtherPastTheEndIsRejected() {
        ScenarioException e = rejected("{\"tx\": {\"batches\": [{\"sizes\": [64]}]}}", "tx.batches[0].sizes[5]=1");
        assertEquals("tx.batches[0].sizes[5]", e.path());
        assertEquals("tx.batches[0].sizes[5]: --set tx.batches[0].sizes[5]=1: index 5 is past the end"
                + " (the array has 1 elements)", e.getMessage());
    }

    @Test
    void fieldInsideAScalarIsRejected() {
        ScenarioException e = rejected("{\"cpus\": 4}", "cpus.max=4");
        assertEquals("cpus: --set cpus.max=4: cannot set field max inside a number (4)", e.getMessage());
    }

    @Test
    void fieldUnderAnAbsentScalarFieldIsATypeError() {
        // cpus is absent, so the path creates an object there, which cpus does not accept
        assertEquals("cpus: expected an integer, got an object (from --set cpus.max=4)",
                rejected("{}", "cpus.max=4").getMessage());
    }

    @Test
    void laterOverrideWins() {
        assertEquals(NetisrDispatch.DIRECT, run("{}", "netisr.dispatch=DEFERRED", "netisr.dispatch=DIRECT")
                .netisr().dispatch());
    }

    @Test
    void missingEqualsIsAUsageError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> FieldOverride.parse("netisr.policy"));
        assertEquals("--set \"netisr.policy\": expected PATH=VALUE (e.g. netisr.policy=FLOW)", e.getMessage());
    }

    @Test
    void malformedPathIsAUsageError() {
        for (String spec : List.of("=4", "netisr..policy=FLOW", "netisr.policy[x]=1", ".cpus=4", "cpus-x=1")) {
            assertThrows(ScenarioException.class, () -> FieldOverride.parse(spec), spec);
        }
    }

    @Test
    void valueMayContainEqualsSigns() {
        assertEquals("a=b", FieldOverride.parse("description=a=b").value().getAsString());
    }

    @Test
    void cliOptionsMapToOverrides() {
        // --seed, --packets and --wave are spelled as overrides by the command line
        Scenario s = run("{}", "seed=42", "traffic.packets=100", "wave=window:10-20");
        assertEquals(42, s.seed());
        assertEquals(100, s.traffic().packets());
        assertEquals(new WaveSpec(WaveMode.WINDOW, 10, 20), s.wave());
    }
}
