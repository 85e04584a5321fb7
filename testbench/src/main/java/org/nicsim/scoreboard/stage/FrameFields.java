package org.nicsim.scoreboard.stage;

import java.util.ArrayList;
import java.util.List;

/** Names of the bytes and bits a stage finding points at: tuple fields, parser flags, hex dumps. */
public final class FrameFields {
    private static final String[] FLAG_NAMES = {"DD", "VLAN", "IPv4", "IPv6", "TCP", "UDP", "FRAG", "MALFORMED"};

    private FrameFields() {
    }

    /**
     * The Toeplitz-input field byte {@code at} of a tuple of {@code length} bytes lies in: 8 and 12
     * bytes are IPv4 (addresses 4 + 4, ports 2 + 2), 32 and 36 IPv6 (addresses 16 + 16, ports).
     */
    public static String tupleField(int length, int at) {
        int addr = length == 8 || length == 12 ? 4 : 16;
        if (at < addr) {
            return "source address";
        }
        if (at < 2 * addr) {
            return "destination address";
        }
        return at < 2 * addr + 2 ? "source port" : "destination port";
    }

    /** Parser flag names, e.g. {@code [IPv6 UDP]}. */
    public static String flagNames(int flags) {
        List<String> n = new ArrayList<>();
        for (int b = 1; b < 8; b++) {
            if ((flags & (1 << b)) != 0) {
                n.add(FLAG_NAMES[b]);
            }
        }
        return n.toString().replace(",", "");
    }

    /** Bytes as space-separated hex pairs. */
    public static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b[i] & 0xFF));
        }
        return sb.toString();
    }
}
