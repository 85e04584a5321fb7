package org.nicsim.scoreboard.stage;

import org.nicsim.run.TxHardware;

/** Receives the TX records of a stage monitor batch, decoded by {@link StageLog#load}, in cycle order. */
public interface TxRecords {
    void doorbell(TxHardware.Doorbell d);

    void descriptor(TxHardware.Descriptor d);

    void sent(TxHardware.Sent s);
}
