package org.nicsim.cosim;

import java.util.ArrayList;
import java.util.List;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.NicModel;
import org.nicsim.driver.NicDriver;

/**
 * Host-memory bus faults (DMA error responses) of a run: all counted, the first
 * {@link #MAX_FAULTS_EXPLAINED} explained in the driver's words by a {@link DmaFaultLocator}.
 */
final class BusFaultLog {
    /** Bus faults explained in words (address, engine, ring or buffer) per run; the rest are counted. */
    static final int MAX_FAULTS_EXPLAINED = 10;

    private final NicModel model;
    private final NicDriver driver;
    private final List<String> faults = new ArrayList<>();
    private DmaFaultLocator locator;   // made at the first fault: it reads registers
    private long count;

    BusFaultLog(NicModel model, NicDriver driver) {
        this.model = model;
        this.driver = driver;
    }

    void fault(BridgeEvent e) {
        count++;
        if (faults.size() < MAX_FAULTS_EXPLAINED) {
            if (locator == null) {
                locator = new DmaFaultLocator(model, driver);
            }
            faults.add(locator.describe(e));
        }
    }

    long count() {
        return count;
    }

    /** The first fault in words, or null. */
    String first() {
        return faults.isEmpty() ? null : faults.get(0);
    }

    List<String> explained() {
        return List.copyOf(faults);
    }
}
