package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input exits with status 2 and one message on stderr naming the file and the
 * field or byte offset, without a stack trace, before any output is written.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    /** Exit 2, the fragments in the one-line-ish message, no stack trace, nothing on stdout, no --out folder. */
    private Cli.Result assertBadInput(Cli.Result r, String... fragments) {
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "expected stderr to contain\n  " + f + "\n" + r);
        }
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "a stack trace: " + r);
        assertFalse(r.out().contains("seed:"), () -> "the run must not start: " + r);
        assertFalse(Files.exists(tmp.resolve("out")), "no output folder for a run that never started");
        return r;
    }

    private Cli.Result run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", tmp.resolve("out").toString())).toArray(String[]::new);
        return Cli.run(all);
    }

    @TestFactory
    Stream<DynamicTest> everyFileOfTheBadScenarioCorpusIsRejectedWithItsMessage() {
        Path dir = Cli.SCENARIOS.resolve("bad");
        JsonObject manifest = Cli.json(dir.resolve("expected.json"));
        return manifest.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonObject expected = e.getValue().getAsJsonObject();
            Path file = dir.resolve(e.getKey());
            Cli.Result r = run("run", file.toString());
            assertEquals(expected.get("exit").getAsInt(), r.status(), r::toString);
            assertBadInput(r, "nicsim: " + file + ": ", expected.get("message").getAsString());
        }));
    }

    @Test
    void unknownFieldInASetIsNamed() {
        assertBadInput(run("run", "--set", "netisr.polcy=FLOW"), "netisr.polcy: unknown field", "(from --set netisr.polcy=FLOW)");
    }

    @Test
    void badEnumValueIsNamedWithTheAllowedValues() {
        assertBadInput(run("run", "--set", "netisr.dispatch=hybrid"), "netisr.dispatch: \"hybrid\" is not valid",
                "DIRECT, HYBRID, DEFERRED");
    }

    @Test
    void negativePacketCountInTheScenarioIsNamed() {
        assertBadInput(run("run", "--set", "traffic.packets=-1"), "traffic.packets: -1 is out of range");
    }

    @Test
    void negativePacketsOptionIsAUsageError() {
        assertBadInput(run("run", "--packets", "-1"), "--packets: expected a non-negative integer, got -1", "--help");
    }

    @Test
    void packetsBeyondTheScenarioLimitNameTheOption() {
        assertBadInput(run("run", "--packets", "3000000000"), "traffic.packets: 3000000000 is out of range",
                "(from --packets 3000000000)");
    }

    @Test
    void nonNumericSeedIsAUsageError() {
        assertBadInput(run("run", "--seed", "one"), "--seed: expected an integer, got 'one'");
    }

    @Test
    void badWaveModeIsNamed() {
        assertBadInput(run("run", "--wave", "sometimes"), "wave: ", "(from --wave sometimes)");
    }

    @Test
    void missingScenarioFileIsNamed() {
        Path missing = tmp.resolve("nope.json");
        assertBadInput(run("run", missing.toString()), "nicsim: " + missing + ": cannot read: no such file");
    }

    @Test
    void missingPcapFileIsNamed() {
        Path missing = tmp.resolve("nope.pcap");
        assertBadInput(run("run", "--pcap", missing.toString()), "nicsim: " + missing + ": cannot read: no such file");
    }

    @Test
    void truncatedPcapNamesTheByteOffset() throws IOException {
        // a valid 24-byte header, then a record header announcing 100 bytes of which only 10 follow
        Path pcap = tmp.resolve("truncated.pcap");
        byte[] header = {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            (byte) 0xff, (byte) 0xff, 0, 0, 1, 0, 0, 0};
        byte[] record = {0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 100, 0, 0, 0};
        Files.write(pcap, concat(header, record, new byte[10]));
        // the record's data starts after the 24-byte file header and the 16-byte record header
        assertBadInput(run("run", "--pcap", pcap.toString()), "nicsim: " + pcap + ": byte offset 40: ");
    }

    @Test
    void garbageFileAsPcapNamesTheMagicAtOffsetZero() throws IOException {
        Path pcap = tmp.resolve("garbage.pcap");
        Files.writeString(pcap, "this is not a capture file at all\n");
        assertBadInput(run("run", "--pcap", pcap.toString()), "nicsim: " + pcap + ": byte offset 0: bad magic number");
    }

    @Test
    void garbageFileAsScenarioNamesTheLineAndColumn() throws IOException {
        Path f = tmp.resolve("garbage.json");
        Files.write(f, new byte[] {'{', '"', 'a', '"', ':', ' ', '#', '}'});
        assertBadInput(run("run", f.toString()), "nicsim: " + f + ": line 1 column ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertBadInput(run("run", "--frobnicate"), "nicsim run: unknown option '--frobnicate'", "./nicsim run --help");
    }

    @Test
    void optionWithoutItsValueIsAUsageError() {
        assertBadInput(Cli.run("run", "--seed"), "--seed: missing value (expected --seed N)");
    }

    @Test
    void setWithoutEqualsIsAUsageError() {
        assertBadInput(run("run", "--set", "netisr.policy"), "--set \"netisr.policy\": expected PATH=VALUE");
    }

    @Test
    void twoScenarioFilesAreAUsageError() {
        String f = Cli.scenario("default.json").toString();
        assertBadInput(run("run", f, f), "expected at most one scenario file");
    }

    @Test
    void paramIsOnlyForSweep() {
        assertBadInput(run("run", "--param", "ifq.stageCntMax=1,2"), "unknown option '--param'");
    }

    @Test
    void sweepParamWithoutValuesIsAUsageError() {
        assertBadInput(run("sweep", Cli.scenario("default.json").toString(), "--param", "ifq.stageCntMax"),
                "--param \"ifq.stageCntMax\": expected PATH=V1,V2,...", "./nicsim sweep --help");
    }

    @Test
    void sweepParamWithAnEmptyValueIsAUsageError() {
        assertBadInput(run("sweep", Cli.scenario("default.json").toString(), "--param", "ifq.stageCntMax=1,,4"),
                "value 2 is empty");
    }

    @Test
    void sweepChecksEveryValueBeforeTheFirstRun() {
        assertBadInput(run("sweep", Cli.scenario("default.json").toString(), "--param", "ifq.stageCntMax=1,2,0"),
                "ifq.stageCntMax: 0 is out of range", "(from --param ifq.stageCntMax=0)");
    }

    @Test
    void sweepWithoutParamIsAUsageError() {
        assertBadInput(run("sweep", Cli.scenario("default.json").toString()), "missing --param");
    }

    @Test
    void unknownCommandListsTheCommands() {
        Cli.Result r = Cli.run("frob");
        assertBadInput(r, "unknown command 'frob'", "run, demo, sweep");
    }

    @Test
    void noCommandPrintsUsage() {
        assertBadInput(Cli.run(), "usage: ./nicsim <command>");
    }

    @Test
    void malformedSelfTestKeyIsRejected() {
        Cli.Result r = Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, "abc", "run", "--packets", "1", "--out",
                tmp.resolve("out").toString());
        assertBadInput(r, "-Dnicsim.test.modelKey: expected 80 hex digits");
    }

    @Test
    void outputDirectoryThatIsAFileIsRejected() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Cli.Result r = Cli.run("run", "--packets", "1", "--out", file.resolve("sub").toString());
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("--out " + file.resolve("sub") + ": cannot create the output directory"), r::toString);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
