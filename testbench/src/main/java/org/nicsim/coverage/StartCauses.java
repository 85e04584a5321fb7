package org.nicsim.coverage;

import org.nicsim.model.ifq.TxEvent;

/**
 * Names what made each driver start happen, from the transmit trace alone: the trace step just
 * before a start caused it (the engine starts the driver synchronously inside that step), and a
 * per (subqueue, CPU) count of staged frames and bytes tells which staging limit let a frame through.
 */
final class StartCauses {
    private final int stageCntMax;
    private final int byteLimit;
    private final int[][] cnt;
    private final int[][] len;
    private TxEvent last;
    private int lastLength;

    StartCauses(int subqueues, int cpus, int stageCntMax, int byteLimit) {
        this.stageCntMax = stageCntMax;
        this.byteLimit = byteLimit;
        this.cnt = new int[subqueues][cpus];
        this.len = new int[subqueues][cpus];
    }

    void trace(TxEvent e) {
        last = e;
        if (e instanceof TxEvent.Frame f && f.netisr()) {
            cnt[f.subqueue()][f.cpu()]++;
            len[f.subqueue()][f.cpu()] += f.length();
            lastLength = f.length();
        } else if (e instanceof TxEvent.Rollup r) {
            for (int s = 0; s < cnt.length; s++) {
                cnt[s][r.cpu()] = 0;
                len[s][r.cpu()] = 0;
            }
        }
    }

    /** The cause bin ({@link FunctionalCoverage#START_CAUSES}) of a start of {@code queue}. */
    String started(int queue) {
        if (last instanceof TxEvent.Rollup) {
            return "rollup";
        }
        if (last instanceof TxEvent.Completion) {
            return "completion_restart";
        }
        if (last instanceof TxEvent.Frame f) {
            if (!f.netisr()) {
                return "not_netisr";
            }
            int c = cnt[f.subqueue()][f.cpu()];
            int l = len[f.subqueue()][f.cpu()];
            cnt[f.subqueue()][f.cpu()] = 0;
            len[f.subqueue()][f.cpu()] = 0;
            if (c == 1 && lastLength >= byteLimit) {
                return "full_size_frame";
            }
            if (c >= stageCntMax) {
                return "stage_cntmax";
            }
            return l >= byteLimit ? "byte_limit" : "subqueue_full";
        }
        throw new IllegalStateException("driver start of queue " + queue + " before any transmit trace");
    }
}
