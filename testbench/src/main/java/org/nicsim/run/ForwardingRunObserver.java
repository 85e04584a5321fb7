package org.nicsim.run;

import org.nicsim.model.netisr.CpuChoice;
import org.nicsim.model.rss.RssPlacement;

/**
 * Passes every callback on to another observer; subclasses override the ones they add to (a
 * progress bar, a waveform's injection log, a benchmark's window) and keep the outputs flowing.
 */
public class ForwardingRunObserver implements RunObserver {
    protected final RunObserver next;

    public ForwardingRunObserver(RunObserver next) {
        this.next = next == null ? new RunObserver() {} : next;
    }

    @Override
    public void injected(long index, long cycle) {
        next.injected(index, cycle);
    }

    @Override
    public void packet(PacketRecord record) {
        next.packet(record);
    }

    @Override
    public void doorbell(DoorbellRecord record) {
        next.doorbell(record);
    }

    @Override
    public void transmitted(byte[] frame, long cycle) {
        next.transmitted(frame, cycle);
    }

    @Override
    public void progress(long done, long total, long cycle) {
        next.progress(done, total, cycle);
    }

    @Override
    public void event(RunEvent e) {
        next.event(e);
    }

    @Override
    public void rxStages(long index, HardwareStages hardware, RssPlacement model, int modelRingCpu, StageFinding first) {
        next.rxStages(index, hardware, model, modelRingCpu, first);
    }

    @Override
    public void txStages(long source, TxHardware hardware, TxPosted posted, StageFinding first) {
        next.txStages(source, hardware, posted, first);
    }

    @Override
    public void netisrChoice(long index, CpuChoice choice) {
        next.netisrChoice(index, choice);
    }
}
