package org.nicsim.traffic.pcap;

import java.util.Map;

/** LINKTYPE_ values of the tcpdump.org registry, for checks and readable error messages. */
public final class LinkTypes {
    /** IEEE 802.3 Ethernet: the only link type the testbench injects. */
    public static final int ETHERNET = 1;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "NULL"), Map.entry(1, "ETHERNET"), Map.entry(101, "RAW"),
            Map.entry(105, "IEEE802_11"), Map.entry(108, "LOOP"), Map.entry(113, "LINUX_SLL"),
            Map.entry(127, "IEEE802_11_RADIOTAP"), Map.entry(228, "IPV4"), Map.entry(229, "IPV6"),
            Map.entry(276, "LINUX_SLL2"));

    private LinkTypes() {
    }

    /** "113 (LINUX_SLL)", or just the number when it has no name here. */
    public static String describe(int linkType) {
        String name = NAMES.get(linkType);
        return name == null ? Integer.toString(linkType) : linkType + " (" + name + ")";
    }

    /** The error for a link type other than Ethernet. */
    static String notEthernet(int linkType) {
        return "link type " + describe(linkType) + " is not supported: expected " + describe(ETHERNET);
    }
}
