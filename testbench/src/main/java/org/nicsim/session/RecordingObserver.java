package org.nicsim.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunObserver;

/**
 * Keeps every record of a run in memory, for tests and small library runs: packets in injection
 * order, doorbells in bus order, transmitted frames in stream order.
 */
public class RecordingObserver implements RunObserver {
    private final List<PacketRecord> packets = new ArrayList<>();
    private final List<DoorbellRecord> doorbells = new ArrayList<>();
    private final List<byte[]> transmitted = new ArrayList<>();

    @Override
    public void packet(PacketRecord r) {
        packets.add(r);
    }

    @Override
    public void doorbell(DoorbellRecord d) {
        doorbells.add(d);
    }

    @Override
    public void transmitted(byte[] frame, long cycle) {
        transmitted.add(frame);
    }

    /** One record per injected frame, in injection order. */
    public List<PacketRecord> packets() {
        return Collections.unmodifiableList(packets);
    }

    /** The record of frame {@code index}. */
    public PacketRecord packet(long index) {
        return packets.get(Math.toIntExact(index));
    }

    /** Every doorbell the NIC saw, in bus order. */
    public List<DoorbellRecord> doorbells() {
        return Collections.unmodifiableList(doorbells);
    }

    /** Every frame the NIC transmitted, in stream order. */
    public List<byte[]> transmitted() {
        return Collections.unmodifiableList(transmitted);
    }

    /** Frames whose fate is {@code f}. */
    public long count(Fate f) {
        return packets.stream().filter(p -> p.fate() == f).count();
    }
}
