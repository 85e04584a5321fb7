package org.nicsim.cosim;

import java.util.List;
import org.nicsim.run.Fate;
import org.nicsim.run.PlacementComparison;
import org.nicsim.scoreboard.Scoreboard;

/**
 * Everything a run produced, for the summary and the reports.
 *
 * @param injected          frames offered to the NIC
 * @param fates             frames per {@link Fate}, indexed by ordinal
 * @param deliveredByQueue  frames the NIC wrote back, per RX queue
 * @param nobufByQueue      NIC no-buffer drops, per RX queue
 * @param ringByCpu         frames harvested from rings, per CPU
 * @param netisrByCpu       frames handled by netisr, per CPU
 * @param crossCpu          frames handled on another CPU than their ring's
 * @param txQueued          frames handed to ifq for transmission
 * @param txFrames          frames seen on the TX stream
 * @param txDrops           frames ifq dropped (subqueue full)
 * @param doorbells         TX tail writes observed at the RTL register port
 * @param predictedDoorbells tail writes the model predicted
 * @param doorbellsByQueue  observed doorbells per TX queue
 * @param mmioWrites        MMIO_WRITES at the end (all AXI4-Lite writes)
 * @param dmaFaults         DMA_FAULTS at the end
 * @param cycles            simulated cycles
 * @param wallSeconds       wall-clock time of the simulation loop
 * @param scoreboard        the checks
 * @param faults            bus faults the bridge recorded (first few, in words)
 * @param placement         netisr placement compared with DragonFly and Linux RPS
 */
public record CoSimResult(long injected, long[] fates, long[] deliveredByQueue, long[] nobufByQueue, long[] ringByCpu,
                          long[] netisrByCpu, long crossCpu, long txQueued, long txFrames, long txDrops,
                          long doorbells, long predictedDoorbells, long[] doorbellsByQueue, long mmioWrites,
                          long dmaFaults, long cycles, double wallSeconds, Scoreboard scoreboard,
                          List<String> faults, PlacementComparison placement) {

    /** A result without a placement comparison (e.g. a transmit-only run). */
    public CoSimResult(long injected, long[] fates, long[] deliveredByQueue, long[] nobufByQueue, long[] ringByCpu,
                       long[] netisrByCpu, long crossCpu, long txQueued, long txFrames, long txDrops,
                       long doorbells, long predictedDoorbells, long[] doorbellsByQueue, long mmioWrites,
                       long dmaFaults, long cycles, double wallSeconds, Scoreboard scoreboard, List<String> faults) {
        this(injected, fates, deliveredByQueue, nobufByQueue, ringByCpu, netisrByCpu, crossCpu, txQueued, txFrames,
                txDrops, doorbells, predictedDoorbells, doorbellsByQueue, mmioWrites, dmaFaults, cycles, wallSeconds,
                scoreboard, faults, PlacementComparison.NONE);
    }

    public long fate(Fate f) {
        return fates[f.ordinal()];
    }

    /** Doorbells per transmitted frame (0 when nothing was sent). */
    public double doorbellsPerPacket() {
        return txFrames == 0 ? 0 : (double) doorbells / txFrames;
    }

    /** MMIO writes per injected-or-transmitted frame. */
    public double mmioWritesPerPacket() {
        long n = Math.max(injected, txFrames);
        return n == 0 ? 0 : (double) mmioWrites / n;
    }

    public double cyclesPerSecond() {
        return wallSeconds <= 0 ? 0 : cycles / wallSeconds;
    }

    public double packetsPerSecond() {
        return wallSeconds <= 0 ? 0 : Math.max(injected, txFrames) / wallSeconds;
    }

    public boolean passed() {
        return scoreboard.clean();
    }
}
