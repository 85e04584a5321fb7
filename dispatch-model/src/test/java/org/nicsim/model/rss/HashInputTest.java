package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The placement names the exact bytes it hashed, laid out as the RSS specification orders them. */
class HashInputTest {
    private static final RssModel ALL = new RssModel(
            new RssConfig(ToeplitzKey.DEFAULT, RssHashTypes.ALL, Reta.roundRobin(4), 0));

    @Test
    void udpIpv6HashesThirtySixBytesSourceAddressDestinationAddressThenPorts() {
        RssPlacement p = ALL.place(Frames.ipv6L4(17, "2001:db8::1", 1000, "2001:db8::2", 53));
        byte[] in = p.hashInput();
        assertEquals(HashType.RSS_UDP_IPV6, p.hashType());
        assertEquals(36, in.length);
        assertEquals("20010db8000000000000000000000001", HexFormat.of().formatHex(in, 0, 16));
        assertEquals("20010db8000000000000000000000002", HexFormat.of().formatHex(in, 16, 32));
        assertEquals("03e80035", HexFormat.of().formatHex(in, 32, 36), "ports 1000 and 53");
    }

    @Test
    void theHashIsTheToeplitzHashOfTheHashInput() {
        RssPlacement p = ALL.place(Frames.ipv4L4(6, "66.9.149.187", 2794, "161.142.100.80", 1766));
        assertEquals(12, p.hashInput().length);
        // Microsoft's RSS verification suite: TCP/IPv4 66.9.149.187:2794 -> 161.142.100.80:1766
        assertEquals(0x51ccc178, p.hash());
        assertEquals(p.hash(), Toeplitz.hash(ToeplitzKey.DEFAULT, p.hashInput()));
    }

    @Test
    void anIpv4OnlyTypeHashesTheEightAddressBytes() {
        RssModel l3 = new RssModel(new RssConfig(ToeplitzKey.DEFAULT, new RssHashTypes(HashType.RSS_IPV4.enableBit()),
                Reta.roundRobin(4), 0));
        RssPlacement p = l3.place(Frames.ipv4L4(6, "66.9.149.187", 2794, "161.142.100.80", 1766));
        assertArrayEquals(new byte[] {66, 9, (byte) 149, (byte) 187, (byte) 161, (byte) 142, 100, 80}, p.hashInput());
    }

    @Test
    void noHashTypeMeansNoHashInput() {
        RssModel none = new RssModel(new RssConfig(ToeplitzKey.DEFAULT, new RssHashTypes(0), Reta.roundRobin(4), 2));
        assertEquals(0, none.place(Frames.ipv4L4(6, "10.0.0.1", 1, "10.0.0.2", 2)).hashInput().length);
    }
}
