package org.nicsim.model.rss;

/** Classify, hash and place a frame exactly as the NIC should (parser, Toeplitz, RETA). */
public final class RssModel {
    private final RssConfig config;
    private final ToeplitzTable table;

    public RssModel(RssConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("rss: null config");
        }
        this.config = config;
        this.table = ToeplitzTable.forKey(config.key());
    }

    public RssConfig config() {
        return config;
    }

    /** Placement of {@code frame} (Ethernet, no FCS). */
    public RssPlacement place(byte[] frame) {
        return place(FrameClassifier.classify(frame));
    }

    /** Placement of an already classified frame. */
    public RssPlacement place(Classification c) {
        HashType type = config.hashTypes().select(c);
        if (type == HashType.NONE) {
            return new RssPlacement(c, type, 0, -1, config.defaultQueue());
        }
        byte[] input = type.inputLength() == c.l3TupleLength() ? c.l3TupleUnsafe() : c.l4TupleUnsafe();
        int hash = table.hash(input);
        int bucket = Reta.bucket(hash);
        return new RssPlacement(c, type, hash, bucket, config.reta().queue(bucket));
    }
}
