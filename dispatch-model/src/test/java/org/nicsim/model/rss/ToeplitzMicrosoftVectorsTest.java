package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The 16 Microsoft "Verifying the RSS hash calculation" answers, both hash forms. */
class ToeplitzMicrosoftVectorsTest {

    private static byte[] input(VectorFile.Vector v, boolean l4) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Frames.addr(v.src()));
        out.writeBytes(Frames.addr(v.dst()));
        if (l4) {
            out.write(v.srcPort() >>> 8);
            out.write(v.srcPort() & 0xFF);
            out.write(v.dstPort() >>> 8);
            out.write(v.dstPort() & 0xFF);
        }
        return out.toByteArray();
    }

    private static int expected(String hex) {
        return Integer.parseUnsignedInt(hex.substring(2), 16);
    }

    @Test
    void vectorFileHoldsEightEntriesWithTheDefaultKey() throws IOException {
        VectorFile.File f = VectorFile.load();
        assertEquals(8, f.vectors().size());
        assertEquals(ToeplitzKey.DEFAULT, ToeplitzKey.fromHex(f.key()));
    }

    @TestFactory
    List<DynamicTest> bitSerialMatchesEveryMicrosoftVector() throws IOException {
        return vectorTests((key, in) -> Toeplitz.hash(key, in));
    }

    @TestFactory
    List<DynamicTest> tableDrivenMatchesEveryMicrosoftVector() throws IOException {
        return vectorTests((key, in) -> ToeplitzTable.forKey(key).hash(in));
    }

    @TestFactory
    List<DynamicTest> rssModelHashesVectorFramesToTheMicrosoftL4Answer() throws IOException {
        VectorFile.File f = VectorFile.load();
        RssModel model = new RssModel(RssConfig.defaults(4));
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorFile.Vector v : f.vectors()) {
            boolean v6 = v.src().contains(":");
            tests.add(DynamicTest.dynamicTest("tcp " + v.src(), () -> {
                byte[] frame = v6 ? Frames.ipv6L4(6, v.src(), v.srcPort(), v.dst(), v.dstPort())
                        : Frames.ipv4L4(6, v.src(), v.srcPort(), v.dst(), v.dstPort());
                RssPlacement p = model.place(frame);
                assertEquals(expected(v.hashL4()), p.hash());
                assertEquals(v6 ? HashType.RSS_TCP_IPV6 : HashType.RSS_TCP_IPV4, p.hashType());
            }));
        }
        return tests;
    }

    interface HashFn {
        int hash(ToeplitzKey key, byte[] in);
    }

    private static List<DynamicTest> vectorTests(HashFn fn) throws IOException {
        VectorFile.File f = VectorFile.load();
        ToeplitzKey key = ToeplitzKey.fromHex(f.key());
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorFile.Vector v : f.vectors()) {
            tests.add(DynamicTest.dynamicTest("L3 " + v.src() + " -> " + v.dst(),
                    () -> assertEquals(expected(v.hashL3()), fn.hash(key, input(v, false)))));
            tests.add(DynamicTest.dynamicTest("L4 " + v.src() + ":" + v.srcPort() + " -> " + v.dst() + ":" + v.dstPort(),
                    () -> assertEquals(expected(v.hashL4()), fn.hash(key, input(v, true)))));
        }
        return tests;
    }
}
