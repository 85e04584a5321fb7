package org.nicsim.report;

/**
 * What the injected records of a capture held that a frame count does not show.
 *
 * @param largestFrame bytes of the longest injected frame (sizes the RX buffers, up to the NIC limit)
 * @param oversize     frames longer than the NIC accepts: the NIC drops them as errors
 * @param truncated    records the capture cut short (captured length below the original length,
 *                     a snaplen): injected as the shorter frame they hold
 */
public record CaptureStats(int largestFrame, long oversize, long truncated) {
    public static final CaptureStats NONE = new CaptureStats(0, 0, 0);
}
