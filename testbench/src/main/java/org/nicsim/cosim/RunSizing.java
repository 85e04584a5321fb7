package org.nicsim.cosim;

import java.util.ArrayList;
import java.util.List;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.scenario.RssHashType;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.TxBatch;

/** How big a scenario's model must be: buffer sizes and host memory, decided before the model opens. */
public final class RunSizing {
    private RunSizing() {
    }

    /** RX buffer size: the scenario's {@code rxBufferSize}, else {@link #txBufferSize}. */
    public static int rxBufferSize(Scenario s) {
        return s.rxBufferSize() > 0 ? s.rxBufferSize() : txBufferSize(s);
    }

    /** TX buffer size: the largest frame the scenario can send, 8-byte multiple, at least 2 KiB. */
    public static int txBufferSize(Scenario s) {
        int max = Math.max(2048, s.traffic().maxSize());
        for (TxBatch b : s.tx().batches()) {
            for (int size : b.sizes()) {
                max = Math.max(max, size);
            }
        }
        return (max + 7) & ~7;
    }

    /** Host memory the scenario's rings and buffers need, with room for alignment. */
    public static int hostMemoryBytes(Scenario s) {
        long buf = Math.max(rxBufferSize(s), txBufferSize(s) + s.txDataOffset()) + 64L;
        long perQueue = 4096L + 16L * s.rxRingSize() + buf * s.rxBuffers() + 4096L + 16L * s.txRingSize()
                + buf * s.txRingSize();
        long total = perQueue * s.queues() + (1 << 16);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rings and buffers need " + total + " bytes of host memory (limit 2 GiB)");
        }
        return (int) total;
    }

    /** The RSS hash-type enable bits of the scenario's {@code rss.hashTypes}. */
    public static int hashTypeBits(Scenario s) {
        List<String> names = new ArrayList<>();
        for (RssHashType t : s.rss().hashTypes()) {
            names.add(t.jsonName());
        }
        return RssHashTypes.of(names).bits();
    }
}
