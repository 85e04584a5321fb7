package org.nicsim.traffic.frame;

import java.util.Arrays;
import java.util.HexFormat;

/** A 48-bit IEEE 802 MAC address, immutable. */
public final class MacAddress {
    /** Length of a MAC address in bytes. */
    public static final int LENGTH = 6;

    private final byte[] octets;

    private MacAddress(byte[] octets) {
        this.octets = octets;
    }

    /**
     * Address from six octets, in transmission order.
     *
     * @throws IllegalArgumentException if {@code octets} is not six bytes long
     */
    public static MacAddress of(byte... octets) {
        if (octets == null || octets.length != LENGTH) {
            throw new IllegalArgumentException("MAC address: expected 6 octets, got "
                    + (octets == null ? "null" : octets.length));
        }
        return new MacAddress(octets.clone());
    }

    /**
     * Parses the colon-separated form {@code 02:00:5e:10:00:01}.
     *
     * @throws IllegalArgumentException if the text is not six colon-separated hex octets
     */
    public static MacAddress parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        if (parts.length != LENGTH) {
            throw new IllegalArgumentException("MAC address: expected xx:xx:xx:xx:xx:xx, got \"" + text + "\"");
        }
        byte[] b = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            if (parts[i].length() != 2) {
                throw new IllegalArgumentException("MAC address: expected xx:xx:xx:xx:xx:xx, got \"" + text + "\"");
            }
            try {
                b[i] = (byte) HexFormat.fromHexDigits(parts[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MAC address: expected xx:xx:xx:xx:xx:xx, got \"" + text + "\"", e);
            }
        }
        return new MacAddress(b);
    }

    /** The six octets, a fresh copy. */
    public byte[] octets() {
        return octets.clone();
    }

    /** Writes the six octets at {@code offset}. */
    public void writeTo(byte[] buf, int offset) {
        System.arraycopy(octets, 0, buf, offset, LENGTH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress m && Arrays.equals(octets, m.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(octets);
    }
}
