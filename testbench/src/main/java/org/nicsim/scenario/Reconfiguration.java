package org.nicsim.scenario;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A mid-traffic RSS reprogramming ({@code reconfigure[i]}): just before the frame with index
 * {@code atPacket} is injected, the driver writes a new RETA and/or Toeplitz key.
 *
 * @param atPacket 0-based index of the first frame that sees the new configuration
 * @param reta the new redirection table, if it changes
 * @param key the new key as 80 lower-case hex digits, if it changes
 */
public record Reconfiguration(long atPacket, Optional<RetaSpec> reta, Optional<String> key) {

    public Reconfiguration {
        Objects.requireNonNull(reta, "reta");
        key = Objects.requireNonNull(key, "key").map(k -> k.toLowerCase(java.util.Locale.ROOT));
        if (reta.isEmpty() && key.isEmpty()) {
            throw new IllegalArgumentException("a reconfiguration changes the RETA, the key, or both");
        }
    }

    /** The new key as 40 bytes, if it changes. */
    public Optional<byte[]> keyBytes() {
        return key.map(k -> HexFormat.of().parseHex(k));
    }
}
