package org.nicsim.scenario;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * RSS programming ({@code rss}): Toeplitz key, enabled hash types, redirection table, and the
 * queue for frames that get no hash.
 *
 * @param key the 40-byte Toeplitz key as 80 lower-case hex digits
 * @param hashTypes the enabled hash types, iterated in declaration order of {@link RssHashType}
 * @param reta the redirection table
 * @param defaultQueue the queue of frames without an RSS hash (DEFAULT_QUEUE)
 */
public record RssSpec(String key, Set<RssHashType> hashTypes, RetaSpec reta, int defaultQueue) {

    /** Key length in bytes. */
    public static final int KEY_BYTES = 40;

    public RssSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reta, "reta");
        EnumSet<RssHashType> types = EnumSet.noneOf(RssHashType.class);
        types.addAll(Objects.requireNonNull(hashTypes, "hashTypes"));
        hashTypes = Collections.unmodifiableSet(types);
        key = key.toLowerCase(java.util.Locale.ROOT);
        if (key.length() != 2 * KEY_BYTES || !key.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("key must be " + 2 * KEY_BYTES + " hex digits");
        }
    }

    /** The key as 40 bytes (a fresh copy). */
    public byte[] keyBytes() {
        return HexFormat.of().parseHex(key);
    }
}
