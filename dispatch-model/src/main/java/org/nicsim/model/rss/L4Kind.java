package org.nicsim.model.rss;

/** Transport whose ports were read (rules C8, C12); NONE for L3-only and malformed frames. */
public enum L4Kind {
    NONE,
    TCP,
    UDP
}
