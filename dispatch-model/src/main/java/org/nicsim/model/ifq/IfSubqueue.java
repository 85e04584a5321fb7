package org.nicsim.model.ifq;

import java.util.ArrayDeque;

import org.nicsim.model.Mbuf;

/**
 * One send subqueue ({@code struct ifaltq_subque}), the software queue in front of one TX ring.
 * Drivers use {@link #dequeue}, {@link #isEmpty} and the oactive flag; the rest is the model's.
 */
public final class IfSubqueue {
    private final int index;
    private final int ownerCpu;
    private final int maxLen;
    private final long maxBytes;
    private final ArrayDeque<Mbuf> queue = new ArrayDeque<>();
    private long bytes;
    /** {@code ifsq_started}: the if_start interlock. */
    boolean started;
    private boolean oactive;
    /** The if_start message of this subqueue is pending on the owner CPU. */
    boolean startMsgPending;
    final Stage[] stages;

    private long enqueued;
    private long drops;
    private long startCalls;

    IfSubqueue(int index, int ownerCpu, int maxLen, int ncpus) {
        this.index = index;
        this.ownerCpu = ownerCpu;
        this.maxLen = maxLen;
        this.maxBytes = (long) maxLen * IfqConfig.MCLBYTES;
        this.stages = new Stage[ncpus];
        for (int c = 0; c < ncpus; c++) {
            stages[c] = new Stage(this, c);
        }
    }

    /** Subqueue number = TX queue number. */
    public int index() {
        return index;
    }

    /** CPU that owns the subqueue's if_start ({@code ifsq_get_cpuid}). */
    public int ownerCpu() {
        return ownerCpu;
    }

    public int maxLen() {
        return maxLen;
    }

    /** Next packet for the ring, or null when empty. */
    public Mbuf dequeue() {
        Mbuf m = queue.poll();
        if (m != null) {
            bytes -= m.length();
        }
        return m;
    }

    /** Next packet without removing it, or null. */
    public Mbuf peek() {
        return queue.peek();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    /** Hardware ring full: the model stops calling if_start until {@link #clrOactive}. */
    public void setOactive() {
        oactive = true;
    }

    public void clrOactive() {
        oactive = false;
    }

    public boolean isOactive() {
        return oactive;
    }

    /** True while the if_start interlock is held. */
    public boolean isStarted() {
        return started;
    }

    /** {@code ifsq_classic_enqueue}: false (and the packet freed) when full. */
    boolean enqueue(Mbuf m) {
        if (queue.size() >= maxLen || bytes >= maxBytes) {
            drops++;
            return false;
        }
        queue.add(m);
        bytes += m.length();
        enqueued++;
        return true;
    }

    void countStart() {
        startCalls++;
    }

    /** Packets accepted into the subqueue. */
    public long enqueued() {
        return enqueued;
    }

    /** Packets dropped because the subqueue was full. */
    public long drops() {
        return drops;
    }

    /** Driver if_start calls. */
    public long startCalls() {
        return startCalls;
    }
}
