package org.nicsim.scoreboard;

import java.util.ArrayDeque;
import java.util.List;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.model.ifq.DoorbellPredictor;
import org.nicsim.model.ifq.TailWrite;
import org.nicsim.model.ifq.TxEvent;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.RunEvent;
import org.nicsim.run.RunObserver;

/**
 * Doorbells seen on the RTL's register port against the predictor's sequence. The predictor is
 * fed the TX trace (frames, rollups, completions) as the engine produces it, so nothing of the
 * trace is kept; observed and predicted writes are paired in order.
 */
final class DoorbellTracker {
    private final DoorbellPredictor.Session predictor;
    private final ArrayDeque<TailWrite> predicted = new ArrayDeque<>();
    private final ArrayDeque<Integer> writerCpu = new ArrayDeque<>();
    private final Scoreboard scoreboard;
    private final RunObserver observer;
    final long[] byQueue;
    long observed;
    long predictedTotal;

    DoorbellTracker(DoorbellPredictor.Config config, int queues, Scoreboard scoreboard, RunObserver observer) {
        this.predictor = new DoorbellPredictor.Session(config);
        this.scoreboard = scoreboard;
        this.observer = observer;
        this.byQueue = new long[queues];
    }

    void trace(TxEvent e) {
        observer.event(new RunEvent.TxTrace(e));
        List<TailWrite> writes = predictor.step(e);
        for (int i = 0; i < writes.size(); i++) {   // mostly empty: no iterator per event
            predicted.addLast(writes.get(i));
            predictedTotal++;
        }
    }

    /** The driver wrote a tail on {@code cpu}; the bus will show it next in order. */
    void driverWrote(int cpu) {
        writerCpu.addLast(cpu);
    }

    void observed(BridgeEvent e) {
        long seq = observed++;
        int queue = e.queue();
        int tail = (int) e.value();
        if (queue >= 0 && queue < byQueue.length) {
            byQueue[queue]++;
        }
        Integer cpu = writerCpu.pollFirst();
        TailWrite p = predicted.pollFirst();
        boolean match = p != null && p.queue() == queue && p.tail() == tail && cpu != null && p.cpu() == cpu;
        if (match) {
            scoreboard.pass(Check.DOORBELLS);   // texts only for a mismatch: this runs per doorbell
        } else {
            scoreboard.compare(Check.DOORBELLS, false, seq, e.cycle(), "tail write (queue, tail, cpu)",
                    "(" + queue + ", " + tail + ", " + cpu + ")",
                    p == null ? "none" : "(" + p.queue() + ", " + p.tail() + ", " + p.cpu() + ")");
        }
        observer.doorbell(new DoorbellRecord(seq, queue, tail, e.cycle(), cpu, match));
    }

    void finish(long cycle) {
        long seq = observed;
        for (TailWrite p : predicted) {
            scoreboard.fail(new Mismatch(Check.DOORBELLS, seq++, cycle, "tail write (queue, tail, cpu)", "none",
                    "(" + p.queue() + ", " + p.tail() + ", " + p.cpu() + ")"));
        }
        predicted.clear();
    }
}
