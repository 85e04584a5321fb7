package org.nicsim.model.netisr;

/**
 * Statistics of one (protocol, CPU) pair, FreeBSD's {@code struct netisr_work} counters.
 *
 * @param len                     packets queued now
 * @param watermark               highest {@code len} seen
 * @param qlimit                  queue limit
 * @param dispatched              direct dispatches (DIRECT policy)
 * @param hybridDispatched        direct dispatches under HYBRID
 * @param qdrops                  packets dropped because the queue was full
 * @param queued                  packets queued
 * @param handled                 packets handled (direct, hybrid and by the worker)
 * @param effectiveDepthWatermark model extra: highest queued + not yet finished in the worker's
 *                                current batch; may reach 2 x qlimit (netisr(9) remark)
 */
public record NetisrWorkStats(long len, long watermark, long qlimit, long dispatched, long hybridDispatched,
                              long qdrops, long queued, long handled, long effectiveDepthWatermark) {
}
