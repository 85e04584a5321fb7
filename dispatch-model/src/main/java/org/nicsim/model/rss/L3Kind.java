package org.nicsim.model.rss;

/** Network layer found by classification (rule C3). */
public enum L3Kind {
    /** Non-IP EtherType, or a runt / truncated VLAN tag. */
    NONE,
    IPV4,
    IPV6
}
