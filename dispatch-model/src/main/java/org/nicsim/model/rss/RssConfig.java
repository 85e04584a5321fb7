package org.nicsim.model.rss;

/**
 * What the driver programs into the NIC for RSS.
 *
 * @param key          RSS_KEY
 * @param hashTypes    RSS_HASH_TYPES
 * @param reta         RETA (also fixes the number of queues)
 * @param defaultQueue DEFAULT_QUEUE: the queue of frames with hash type NONE
 */
public record RssConfig(ToeplitzKey key, RssHashTypes hashTypes, Reta reta, int defaultQueue) {
    public RssConfig {
        if (key == null) {
            throw new IllegalArgumentException("rss.key: null");
        }
        if (hashTypes == null) {
            throw new IllegalArgumentException("rss.hashTypes: null");
        }
        if (reta == null) {
            throw new IllegalArgumentException("rss.reta: null");
        }
        if (defaultQueue < 0 || defaultQueue >= reta.nqueues()) {
            throw new IllegalArgumentException("rss.defaultQueue: " + defaultQueue + " outside [0, "
                    + reta.nqueues() + ")");
        }
    }

    /** Default key, every hash type, round-robin RETA, default queue 0. */
    public static RssConfig defaults(int nqueues) {
        return new RssConfig(ToeplitzKey.DEFAULT, RssHashTypes.ALL, Reta.roundRobin(nqueues), 0);
    }
}
