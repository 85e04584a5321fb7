package org.nicsim.traffic.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InternetChecksumTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void rfc1071NumericalExampleGivesComplementOfDdf2() {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to 2ddf0, folded ddf2
        assertEquals(0x220D, InternetChecksum.of(hex("0001f203f4f5f6f7"), 0, 8));
    }

    @Test
    void wikipediaIpv4HeaderExampleChecksumIsB861() {
        // the worked example of the IPv4 header checksum article: header with checksum zeroed
        byte[] h = hex("450000730000400040110000c0a80001c0a800c7");
        assertEquals(0xB861, InternetChecksum.of(h, 0, 20));
    }

    @Test
    void oddTrailingBytePadsWithZero() {
        // 0x0102 + 0x0300 = 0x0402 -> ~ = 0xfbfd
        assertEquals(0xFBFD, InternetChecksum.of(hex("010203"), 0, 3));
    }

    @Property(seed = "20261127")
    void dataFollowedByItsChecksumSumsToZero(@ForAll @Size(max = 200) byte[] data) {
        byte[] even = data.length % 2 == 0 ? data : java.util.Arrays.copyOf(data, data.length + 1);
        byte[] withSum = java.util.Arrays.copyOf(even, even.length + 2);
        int c = InternetChecksum.of(even, 0, even.length);
        withSum[even.length] = (byte) (c >>> 8);
        withSum[even.length + 1] = (byte) c;
        // RFC 1071 verification: the sum over data and checksum is all ones, so its complement is 0
        assertEquals(0, InternetChecksum.of(withSum, 0, withSum.length));
    }
}
