package org.nicsim.scoreboard;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.nicsim.host.TxPacket;
import org.nicsim.run.RunObserver;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;
import org.nicsim.scoreboard.stage.FrameDigest;
import org.nicsim.scoreboard.stage.TxRecords;
import org.nicsim.scoreboard.stage.TxStageChecker;

/**
 * The white-box transmit check: per TX descriptor slot, the RTL's doorbell, descriptor and bytes
 * sent (recorded by the bridge's stage monitor) against what the host posted in that slot and the
 * tail the driver wrote for it. The slot of each posted frame follows from the ring's rule (the
 * driver fills slots in order from 0, modulo the ring size), not from the RTL. The first diverging
 * stage per frame is recorded and always fails the run ({@link #diverged}).
 */
final class TxStageCheck implements TxRecords {
    private static final int LAPS_KEPT = 8;   // posted slots kept per queue, in ring laps, awaiting records

    private final Scoreboard scoreboard;
    private final RunObserver observer;
    private final TxTracker tx;
    private final int ringSize;
    private final long[] announcedIndex;         // scratch of announce(): a bit per ring index
    private final int[] nextSlot;
    private final int[] driverTail;              // per queue: the tail the driver wrote last
    private final ArrayDeque<Slot>[] posted;     // per queue: posted, descriptor not yet fetched
    private final ArrayDeque<Slot>[] fetched;    // per queue: descriptor fetched, not yet sent

    /** One posted slot on its way; the driver's tail is known once the driver rings for it. */
    private static final class Slot {
        final TxPacket packet;
        final int queue;
        final int index;
        final long digest;
        int doorbellTail = -1;
        TxHardware.Doorbell nicDoorbell;   // the TXQ_TAIL change that announced it
        TxHardware hardware;
        StageFinding finding;   // the first diverging stage, once one diverged

        Slot(TxPacket p, int queue, int index) {
            this.packet = p;
            this.queue = queue;
            this.index = index;
            this.digest = FrameDigest.of(p.bytes());
        }

        TxPosted posted() {
            return new TxPosted(queue, index, packet.source(), packet.bytes().length, digest, doorbellTail);
        }
    }

    @SuppressWarnings("unchecked")
    TxStageCheck(int queues, int ringSize, Scoreboard scoreboard, RunObserver observer, TxTracker tx) {
        this.scoreboard = scoreboard;
        this.observer = observer;
        this.tx = tx;
        this.ringSize = ringSize;
        this.announcedIndex = new long[(ringSize + 63) / 64];
        this.nextSlot = new int[queues];
        this.driverTail = new int[queues];
        this.posted = new ArrayDeque[queues];
        this.fetched = new ArrayDeque[queues];
        for (int q = 0; q < queues; q++) {
            posted[q] = new ArrayDeque<>();
            fetched[q] = new ArrayDeque<>();
        }
    }

    /** The driver put {@code p} (numbered by the TX data check) into the next slot of {@code queue}. */
    void posted(int queue, TxPacket p) {
        ArrayDeque<Slot> waiting = posted[queue];
        waiting.addLast(new Slot(p, queue, nextSlot[queue]));
        nextSlot[queue] = (nextSlot[queue] + 1) & (ringSize - 1);
        if (waiting.size() > LAPS_KEPT * ringSize) {
            waiting.pollFirst();   // no stage records come (the monitor is off): keep memory flat
        }
    }

    /** The driver wrote TXQ_TAIL of {@code queue}: it announces the posted slots from its last tail up to {@code tail}. */
    void driverRang(int queue, int tail) {
        TxHardware.Doorbell write = new TxHardware.Doorbell(-1, queue, driverTail[queue], tail);
        // the slots still waiting for a driver write are the newest (the driver rings in order)
        var it = posted[queue].descendingIterator();
        while (it.hasNext()) {
            Slot s = it.next();
            if (s.doorbellTail >= 0) {
                break;
            }
            if (write.announces(s.index, ringSize)) {
                s.doorbellTail = tail;
            }
        }
        driverTail[queue] = tail;
    }

    /**
     * A TXQ_TAIL change: it announces the posted, not yet fetched slots in its range (the host
     * posts a slot before it rings for it, so they are all known by now).
     */
    @Override
    public void doorbell(TxHardware.Doorbell d) {
        if (d.queue() < 0 || d.queue() >= posted.length) {
            return;
        }
        announce(posted[d.queue()], d);
    }

    /**
     * Gives doorbell {@code d} to each index it announces: the oldest posted slot of that index
     * with no TXQ_TAIL change yet. Oldest only: the records arrive later than the host posts, so
     * the next lap's slot of the same index may already wait behind it.
     */
    private void announce(ArrayDeque<Slot> slots, TxHardware.Doorbell d) {
        int count = (d.after() - d.before()) & (ringSize - 1);
        if (count == 0) {
            return;
        }
        Arrays.fill(announcedIndex, 0L);   // a reused bit per ring index: no set allocated per doorbell
        int found = 0;
        for (Slot s : slots) {
            if (s.nicDoorbell == null && d.announces(s.index, ringSize)
                    && (announcedIndex[s.index >>> 6] & 1L << s.index) == 0) {
                announcedIndex[s.index >>> 6] |= 1L << s.index;
                s.nicDoorbell = d;
                if (++found == count) {
                    return;
                }
            }
        }
    }

    @Override
    public void descriptor(TxHardware.Descriptor d) {
        int q = d.queue();
        Slot s = q >= 0 && q < posted.length ? posted[q].pollFirst() : null;
        if (s == null) {
            scoreboard.fail(new Mismatch(Check.TX_DATA, -1, d.cycle(), "tx.desc.index", "queue " + q + " slot " + d.index()
                    + " fetched", "no frame posted on that queue"));
            return;
        }
        s.hardware = new TxHardware(q, d.index(), s.nicDoorbell, d, null);
        StageFinding f = TxStageChecker.beforeSending(s.hardware, s.posted());
        if (f != null) {
            diverged(s, f);
        }
        if ((d.flags() & TxHardware.FLAG_BAD) != 0) {
            observer.txStages(s.packet.source(), s.hardware, s.posted(), s.finding);   // skipped: never sent
        } else {
            fetched[q].addLast(s);
        }
    }

    @Override
    public void sent(TxHardware.Sent sent) {
        int q = sent.queue();
        ArrayDeque<Slot> waiting = q >= 0 && q < fetched.length ? fetched[q] : new ArrayDeque<>();
        while (!waiting.isEmpty() && waiting.peekFirst().index != sent.index()) {
            waiting.pollFirst();   // fetched and not sent: a queue reset or a read error dropped it
        }
        Slot s = waiting.pollFirst();
        if (s == null) {
            scoreboard.fail(new Mismatch(Check.TX_DATA, -1, sent.cycle(), "tx.bytes", "queue " + q + " slot "
                    + sent.index() + " sent (" + sent.length() + " bytes)", "no descriptor of that slot scheduled"));
            return;
        }
        s.hardware = s.hardware.with(sent);
        StageFinding f = s.finding != null ? null : TxStageChecker.sent(sent, s.posted());
        if (f != null) {
            diverged(s, f);
        }
        observer.txStages(s.packet.source(), s.hardware, s.posted(), s.finding);
    }

    /**
     * Records the slot's first diverging stage and fails its frame once: a wrong length or wrong
     * bytes put a frame on the wire that the TX data check fails on its own (that failure is the
     * consequence grouped under the stage); a wrong slot, doorbell or flags may not, so those
     * fail here unless the TX data check already failed the frame.
     */
    private void diverged(Slot s, StageFinding f) {
        s.finding = f;
        scoreboard.stages().add(f);
        boolean wireDiffers = f.stage().equals("tx.desc.length") || f.stage().equals("tx.bytes");
        if (!wireDiffers && !tx.failed(s.packet.seq())) {
            scoreboard.fail(new Mismatch(StageFindings.checkOf(f.stage()), f.frame(), f.cycle(), f.stage(), f.hardware(),
                    f.model()));
        }
    }
}
