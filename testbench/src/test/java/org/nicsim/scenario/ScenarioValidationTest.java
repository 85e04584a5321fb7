package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad scenario is rejected with a message that names the field path. */
class ScenarioValidationTest {

    private static ScenarioException rejected(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, List.of()));
    }

    private static Scenario parsed(String json) {
        return ScenarioLoader.parse(json, List.of());
    }

    private static void assertMessageStarts(String expected, ScenarioException e) {
        assertTrue(e.getMessage().startsWith(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void unknownNestedFieldNamesFullPathAndKnownFields() {
        ScenarioException e = rejected("{\"netisr\": {\"polcy\": \"FLOW\"}}");
        assertEquals("netisr.polcy", e.path());
        assertEquals("netisr.polcy: unknown field (known: policy, dispatch, qlimit, workstreams, ifIndex)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"rss\": {\"keys\": 1}}                          | rss.keys",
        "{\"ringMap\": {\"ofset\": 1}}                     | ringMap.ofset",
        "{\"ifq\": {\"stagecntmax\": 8}}                   | ifq.stagecntmax",
        "{\"traffic\": {\"sizes\": {\"mid\": 100}}}        | traffic.sizes.mid",
        "{\"traffic\": {\"mix\": {\"icmp\": 1.0}}}         | traffic.mix.icmp",
        "{\"tx\": {\"batches\": [{\"cpu\": 0, \"size\": [64]}]}} | tx.batches[0].size",
        "{\"reconfigure\": [{\"at\": 5}]}                  | reconfigure[0].at",
        "{\"Cpus\": 4}                                     | Cpus",
    })
    void unknownFieldAnywhereIsRejectedAtItsPath(String json, String path) {
        ScenarioException e = rejected(json);
        assertEquals(path, e.path());
        assertMessageStarts(path + ": unknown field (known: ", e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"cpus\": \"4\"}                         | cpus: expected an integer, got a string (\"4\")",
        "{\"seed\": true}                          | seed: expected an integer, got a boolean (true)",
        "{\"queues\": [4]}                         | queues: expected an integer, got an array",
        "{\"rss\": 5}                              | rss: expected an object, got a number (5)",
        "{\"netisr\": {\"qlimit\": null}}          | netisr.qlimit: expected an integer, got null",
        "{\"traffic\": {\"vlan\": \"0.1\"}}        | traffic.vlan: expected a number, got a string (\"0.1\")",
        "{\"name\": 7}                             | name: expected a string, got a number (7)",
        "{\"app\": {}}                             | app: expected one of forward, sink, got an object",
        "{\"rss\": {\"hashTypes\": \"IPV4\"}}      | rss.hashTypes: expected an array of hash type names",
        "{\"tx\": {\"batches\": {}}}               | tx.batches: expected an array of batches, got an object",
        "{\"cpus\": 2.5}                           | cpus: expected an integer, got 2.5",
    })
    void wrongJsonTypeNamesPathAndExpectedType(String json, String message) {
        assertMessageStarts(message, rejected(json));
    }

    @Test
    void integralNumberWrittenWithAFractionIsAnInteger() {
        assertEquals(2, parsed("{\"cpus\": 2.0}").cpus());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"cpus\": 0}                                | cpus: 0 is out of range (allowed 1..64)",
        "{\"cpus\": 65}                               | cpus: 65 is out of range (allowed 1..64)",
        "{\"queues\": 17}                             | queues: 17 is out of range (allowed 1..16)",
        "{\"netisr\": {\"qlimit\": 0}}                | netisr.qlimit: 0 is out of range (allowed 1..10240",
        "{\"netisr\": {\"qlimit\": 10241}}            | netisr.qlimit: 10241 is out of range (allowed 1..10240",
        "{\"netisr\": {\"workstreams\": 0}}           | netisr.workstreams: 0 is out of range (allowed 1..4",
        "{\"cpus\": 2, \"netisr\": {\"workstreams\": 3}} | netisr.workstreams: 3 is out of range (allowed 1..2",
        "{\"netisr\": {\"ifIndex\": 0}}               | netisr.ifIndex: 0 is out of range (allowed 1..65535)",
        "{\"ifq\": {\"stageCntMax\": 0}}              | ifq.stageCntMax: 0 is out of range (allowed 1..",
        "{\"ifq\": {\"mtu\": 9601}}                   | ifq.mtu: 9601 is out of range (allowed 68..9600)",
        "{\"ifq\": {\"mtu\": 100, \"maxProtoHdr\": 100}} | ifq.maxProtoHdr: 100 is out of range (allowed 0..99",
        "{\"ifq\": {\"txWregNsegs\": -1}}             | ifq.txWregNsegs: -1 is out of range (allowed 0..",
        "{\"traffic\": {\"packets\": -1}}             | traffic.packets: -1 is out of range (allowed 0..",
        "{\"traffic\": {\"flows\": 0}}                | traffic.flows: 0 is out of range (allowed 5..1000000",
        "{\"traffic\": {\"flows\": 1000001}}          | traffic.flows: 1000001 is out of range (allowed 5..1000000",
        "{\"traffic\": {\"sizes\": {\"min\": 13}}}    | traffic.sizes.min: 13 is out of range (allowed 14..9600)",
        "{\"traffic\": {\"sizes\": {\"max\": 9601}}}  | traffic.sizes.max: 9601 is out of range (allowed 64..9600",
        "{\"traffic\": {\"sizes\": {\"min\": 100, \"max\": 99}}} | traffic.sizes.max: 99 is out of range (allowed 100..9600",
        "{\"traffic\": {\"fragments\": -0.1}}         | traffic.fragments: -0.1 is out of range (allowed 0.0..1.0)",
        "{\"traffic\": {\"malformed\": 1.01}}         | traffic.malformed: 1.01 is out of range (allowed 0.0..1.0)",
        "{\"traffic\": {\"mix\": {\"tcp4\": 1.5, \"udp4\": -0.5}}} | traffic.mix.tcp4: 1.5 is out of range (allowed 0.0..1.0)",
        "{\"rss\": {\"defaultQueue\": 4}}             | rss.defaultQueue: 4 is out of range (allowed 0..3",
        "{\"ringMap\": {\"offset\": 4}}               | ringMap.offset: 4 is out of range (allowed 0..3",
        "{\"rxBuffers\": 0}                           | rxBuffers: 0 is out of range (allowed 1..511",
        "{\"rxRingSize\": 128, \"rxBuffers\": 128}    | rxBuffers: 128 is out of range (allowed 1..127",
        "{\"rxRingSize\": 4}                          | rxRingSize: 4 is out of range (allowed 8..4096",
        "{\"txRingSize\": 8192}                       | txRingSize: 8192 is out of range (allowed 8..4096",
        "{\"seed\": 9223372036854775808}              | seed: 9223372036854775808 is out of range (allowed -9223372036854775808..9223372036854775807)",
    })
    void outOfRangeValueNamesPathAndAllowedRange(String json, String message) {
        assertMessageStarts(message, rejected(json));
    }

    @Test
    void ringSizeMustBeAPowerOfTwo() {
        ScenarioException e = rejected("{\"txRingSize\": 1000}");
        assertEquals("txRingSize", e.path());
        assertMessageStarts("txRingSize: 1000 is not a power of two", e);
    }

    @Test
    void flowsMayNotBeFewerThanMixKindsInUse() {
        // three kinds in the mix need at least three flows (one per kind)
        String json = "{\"traffic\": {\"flows\": 2, \"mix\": {\"tcp4\": 0.5, \"udp4\": 0.25, \"tcp6\": 0.25}}}";
        assertMessageStarts("traffic.flows: 2 is out of range (allowed 3..1000000", rejected(json));
    }

    @Test
    void oneFlowIsEnoughForASingleKindMix() {
        assertEquals(1, parsed("{\"traffic\": {\"flows\": 1, \"mix\": {\"udp6\": 1}}}").traffic().flows());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "netisr.policy   | {\"netisr\": {\"policy\": \"flow\"}}      | \"flow\" is not valid (expected one of SOURCE, FLOW, CPU; names are case-sensitive)",
        "netisr.dispatch | {\"netisr\": {\"dispatch\": \"Direct\"}}  | \"Direct\" is not valid (expected one of DIRECT, HYBRID, DEFERRED; names are case-sensitive)",
        "ifq.mapSubq     | {\"ifq\": {\"mapSubq\": \"MASK\"}}        | \"MASK\" is not valid (expected one of default, mask; names are case-sensitive)",
        "app             | {\"app\": \"Forward\"}                    | \"Forward\" is not valid (expected one of forward, sink; names are case-sensitive)",
        "rss.hashTypes[0] | {\"rss\": {\"hashTypes\": [\"ipv4\"]}}   | \"ipv4\" is not valid (expected one of IPV4, TCP_IPV4, UDP_IPV4, IPV6, TCP_IPV6, UDP_IPV6; names are case-sensitive)",
        "wave            | {\"wave\": \"OFF\"}                       | \"OFF\" is not valid (expected one of off, on, window:A-B (simulated cycles, A <= B) or on-failure; names are case-sensitive)",
    })
    void enumNamesAreCaseSensitive(String path, String json, String detail) {
        ScenarioException e = rejected(json);
        assertEquals(path, e.path());
        assertEquals(detail, e.detail());
    }

    @Test
    void everyEnumSpellingOfTheDocumentIsAccepted() {
        for (String p : List.of("SOURCE", "FLOW", "CPU")) {
            parsed("{\"netisr\": {\"policy\": \"" + p + "\"}}");
        }
        for (String d : List.of("DIRECT", "HYBRID", "DEFERRED")) {
            parsed("{\"netisr\": {\"dispatch\": \"" + d + "\"}}");
        }
        assertEquals(MapSubq.MASK, parsed("{\"ifq\": {\"mapSubq\": \"mask\"}}").ifq().mapSubq());
        assertEquals(App.SINK, parsed("{\"app\": \"sink\"}").app());
        assertEquals(WaveMode.ON, parsed("{\"wave\": \"on\"}").wave().mode());
        assertEquals(WaveMode.ON_FAILURE, parsed("{\"wave\": \"on-failure\"}").wave().mode());
    }

    @Test
    void waveWindowGivesItsCycleBounds() {
        WaveSpec w = parsed("{\"wave\": \"window:1000-2500\"}").wave();
        assertEquals(new WaveSpec(WaveMode.WINDOW, 1000, 2500), w);
    }

    @Test
    void waveWindowMustNotEndBeforeItStarts() {
        assertEquals("wave: \"window:9-3\" is not valid: the window starts after it ends",
                rejected("{\"wave\": \"window:9-3\"}").getMessage());
    }

    @Test
    void keyMustHaveEightyHexDigits() {
        ScenarioException e = rejected("{\"rss\": {\"key\": \"6d5a\"}}");
        assertEquals("rss.key: expected 80 hex digits (a 40-byte Toeplitz key), got 4 characters", e.getMessage());
    }

    @Test
    void keyWithANonHexCharacterNamesIt() {
        String key = "x" + "0".repeat(79);
        assertMessageStarts("rss.key: character 1 ('x') is not a hex digit", rejected("{\"rss\": {\"key\": \"" + key + "\"}}"));
    }

    @Test
    void keyIsAcceptedInUpperCaseAndKeptInLowerCase() {
        String upper = "6D5A56DA255B0EC24167253D43A38FB0D0CA2BCBAE7B30B477CB2DA38030F20C6A42B73BBEAC01FA";
        assertEquals(upper.toLowerCase(), parsed("{\"rss\": {\"key\": \"" + upper + "\"}}").rss().key());
    }

    @Test
    void duplicateHashTypeIsRejected() {
        ScenarioException e = rejected("{\"rss\": {\"hashTypes\": [\"IPV4\", \"IPV6\", \"IPV4\"]}}");
        assertEquals("rss.hashTypes[2]: \"IPV4\" is listed twice", e.getMessage());
    }

    @Test
    void emptyHashTypesDisableRss() {
        assertTrue(parsed("{\"rss\": {\"hashTypes\": []}}").rss().hashTypes().isEmpty());
    }

    @Test
    void retaStringOtherThanRoundRobinIsRejected() {
        assertEquals("rss.reta: \"roundrobin\" is not valid (expected \"round-robin\" or an array of 128 queue numbers)",
                rejected("{\"rss\": {\"reta\": \"roundrobin\"}}").getMessage());
    }

    @Test
    void retaMustHaveExactly128Entries() {
        assertEquals("rss.reta: expected exactly 128 entries, got 127",
                rejected("{\"rss\": {\"reta\": " + zeros(127) + "}}").getMessage());
    }

    @Test
    void retaEntryMustBeBelowQueues() {
        String reta = zeros(128).replaceFirst("0, 0, 0\\]$", "0, 0, 2]");
        ScenarioException e = rejected("{\"queues\": 2, \"rss\": {\"reta\": " + reta + "}}");
        assertEquals("rss.reta[127]: 2 is out of range (allowed 0..1: queues is 2)", e.getMessage());
    }

    @Test
    void explicitRetaIsKeptInOrder() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 128; i++) {
            sb.append(i == 0 ? "" : ",").append(i < 64 ? 1 : 0);
        }
        int[] t = parsed("{\"queues\": 2, \"rss\": {\"reta\": " + sb + "]}}").retaTable();
        assertEquals(1, t[0]);
        assertEquals(1, t[63]);
        assertEquals(0, t[64]);
    }

    @Test
    void ringMapOffsetRotatesQueuesOverCpus() {
        // (offset + q) % cpus with offset 3, 4 cpus: 3, 0, 1, 2
        assertEquals(List.of(3, 0, 1, 2), boxed(parsed("{\"ringMap\": {\"offset\": 3}}").ringCpus()));
    }

    @Test
    void ringMapListIsAcceptedInEverySpelling() {
        List<Integer> expected = List.of(1, 1, 0, 0);
        assertEquals(expected, boxed(parsed("{\"ringMap\": [1, 1, 0, 0]}").ringCpus()));
        assertEquals(expected, boxed(parsed("{\"ringMap\": {\"cpus\": [1, 1, 0, 0]}}").ringCpus()));
        assertEquals(expected, boxed(parsed("{\"ringMap\": {\"offset\": [1, 1, 0, 0]}}").ringCpus()));
    }

    @Test
    void ringMapListNeedsOneCpuPerQueue() {
        assertEquals("ringMap: expected 4 entries (one CPU per queue; queues is 4), got 5",
                rejected("{\"ringMap\": [0, 1, 2, 3, 0]}").getMessage());
    }

    @Test
    void ringMapCpuMustExist() {
        assertEquals("ringMap.cpus[1]: 4 is out of range (allowed 0..3: cpus is 4)",
                rejected("{\"ringMap\": {\"cpus\": [0, 4, 1, 2]}}").getMessage());
    }

    @Test
    void ringMapCannotHaveBothOffsetAndCpus() {
        assertEquals("ringMap: give either offset or cpus, not both",
                rejected("{\"ringMap\": {\"offset\": 1, \"cpus\": [0, 1, 2, 3]}}").getMessage());
    }

    @Test
    void mixMustSumToOne() {
        ScenarioException e = rejected("{\"traffic\": {\"mix\": {\"tcp4\": 0.5, \"udp4\": 0.4}}}");
        assertEquals("traffic.mix", e.path());
        assertMessageStarts("traffic.mix: fractions sum to 0.9", e);
    }

    @Test
    void mixWithinOneMillionthOfOneIsAccepted() {
        parsed("{\"traffic\": {\"mix\": {\"tcp4\": 0.3333333, \"udp4\": 0.3333333, \"tcp6\": 0.3333333}}}");
    }

    @Test
    void mixKindsLeftOutAreZero() {
        TrafficMix m = parsed("{\"traffic\": {\"mix\": {\"udp4\": 0.5, \"udp6\": 0.5}}}").traffic().mix();
        assertEquals(new TrafficMix(0, 0.5, 0, 0.5, 0), m);
    }

    @Test
    void txBatchCpuMustExist() {
        assertEquals("tx.batches[1].cpu: 2 is out of range (allowed 0..1: cpus is 2)",
                rejected("{\"cpus\": 2, \"tx\": {\"batches\": [{\"cpu\": 0, \"sizes\": [64]}, {\"cpu\": 2, \"sizes\": [64]}]}}")
                        .getMessage());
    }

    @Test
    void txBatchNeedsItsSizes() {
        assertMessageStarts("tx.batches[0].sizes: missing", rejected("{\"tx\": {\"batches\": [{\"cpu\": 0}]}}"));
        assertMessageStarts("tx.batches[0].sizes: expected at least one frame length",
                rejected("{\"tx\": {\"batches\": [{\"sizes\": []}]}}"));
    }

    @Test
    void txFrameLengthIsRangeChecked() {
        assertEquals("tx.batches[0].sizes[1]: 9601 is out of range (allowed 14..9600)",
                rejected("{\"tx\": {\"batches\": [{\"sizes\": [64, 9601]}]}}").getMessage());
    }

    @Test
    void txBatchesKeepCpuAndSizesInOrder() {
        TxSpec tx = parsed("{\"tx\": {\"batches\": [{\"cpu\": 2, \"sizes\": [64, 1514]}, {\"sizes\": [60]}]}}").tx();
        assertEquals(List.of(new TxBatch(2, List.of(64, 1514)), new TxBatch(0, List.of(60))), tx.batches());
        assertEquals(3, tx.frames());
    }

    @Test
    void nameMustBeUsableAsADirectoryName() {
        assertMessageStarts("name: \"../etc\" is not valid", rejected("{\"name\": \"../etc\"}"));
        assertMessageStarts("name: \"\" is not valid", rejected("{\"name\": \"\"}"));
    }

    @Test
    void maskSubqueueMapNeedsAPowerOfTwoNumberOfQueues() {
        assertMessageStarts("ifq.mapSubq: \"mask\" needs a power-of-two number of queues",
                rejected("{\"queues\": 3, \"ifq\": {\"mapSubq\": \"mask\"}}"));
    }

    @Test
    void reconfigurationNeedsAtPacket() {
        assertMessageStarts("reconfigure[0].atPacket: missing", rejected("{\"reconfigure\": [{\"reta\": \"round-robin\"}]}"));
    }

    @Test
    void aReconfigurationBeyondTheTrafficIsAcceptedAndNeverFires() {
        Scenario s = ScenarioLoader.parse("{\"traffic\": {\"packets\": 100}, \"reconfigure\": [{\"atPacket\": 100,"
                + " \"reta\": \"round-robin\"}]}", List.of());
        assertEquals(100, s.reconfigure().get(0).atPacket());
    }

    @Test
    void reconfigurationsMustBeInIncreasingPacketOrder() {
        String json = "{\"reconfigure\": [{\"atPacket\": 10, \"reta\": \"round-robin\"},"
                + " {\"atPacket\": 10, \"key\": \"" + "ab".repeat(40) + "\"}]}";
        assertMessageStarts("reconfigure[1].atPacket: 10 is out of range (allowed 11..", rejected(json));
    }

    @Test
    void reconfigurationRetaIsCheckedAgainstQueues() {
        String reta = zeros(127).replace("]", ", 5]");
        assertEquals("reconfigure[0].reta[127]: 5 is out of range (allowed 0..3: queues is 4)",
                rejected("{\"reconfigure\": [{\"atPacket\": 1, \"reta\": " + reta + "}]}").getMessage());
    }

    @Test
    void reconfigurationWithoutTrafficIsAcceptedAndNeverFires() {
        Scenario s = ScenarioLoader.parse("{\"traffic\": {\"packets\": 0}, \"reconfigure\": [{\"atPacket\": 0,"
                + " \"reta\": \"round-robin\"}]}", List.of());
        assertEquals(1, s.reconfigure().size());
    }

    @Test
    void reconfigurationCarriesRetaAndKey() {
        Reconfiguration r = parsed("{\"reconfigure\": [{\"atPacket\": 5, \"key\": \"" + "AB".repeat(40) + "\"}]}")
                .reconfigure().get(0);
        assertEquals(5, r.atPacket());
        assertTrue(r.reta().isEmpty());
        assertEquals("ab".repeat(40), r.key().orElseThrow());
        assertEquals((byte) 0xab, r.keyBytes().orElseThrow()[39]);
    }

    @Test
    void topLevelMustBeAnObject() {
        ScenarioException e = rejected("[1, 2]");
        assertEquals("", e.path());
        assertEquals("a scenario must be a JSON object, got an array", e.getMessage());
    }

    @Test
    void unknownFieldIsReportedBeforeBadValuesOfTheSameObject() {
        // a typo is the likelier cause, so it is what the user sees first
        assertEquals("netisr.qlimt", rejected("{\"netisr\": {\"qlimit\": 0, \"qlimt\": 5}}").path());
    }

    @Test
    void hugeExponentsAreRangeErrorsNotHangs() {
        assertMessageStarts("cpus: 1E+999999999 is out of range (allowed 1..64)", rejected("{\"cpus\": 1e999999999}"));
        assertMessageStarts("seed: expected an integer, got 1E-999999999", rejected("{\"seed\": 1e-999999999}"));
        assertMessageStarts("traffic.vlan: 1E+999999999 is out of range (allowed 0.0..1.0)",
                rejected("{\"traffic\": {\"vlan\": 1e999999999}}"));
    }

    @Test
    void tinyProbabilityIsAccepted() {
        assertEquals(1e-300, parsed("{\"traffic\": {\"vlan\": 1e-300}}").traffic().vlan());
    }

    private static String zeros(int n) {
        return "[" + String.join(", ", java.util.Collections.nCopies(n, "0")) + "]";
    }

    private static List<Integer> boxed(int[] a) {
        return java.util.Arrays.stream(a).boxed().toList();
    }
}
