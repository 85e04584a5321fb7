package org.nicsim.rtl;

import static org.nicsim.driver.NicRegisters.RX_DELIVERED;
import static org.nicsim.driver.NicRegisters.RX_DROP_ERROR;
import static org.nicsim.driver.NicRegisters.RX_DROP_NOBUF;
import static org.nicsim.driver.NicRegisters.RX_FRAMES;
import static org.nicsim.driver.NicRegisters.RX_MALFORMED;

import org.nicsim.bridge.NicModel;

/**
 * The global RX counters of docs/registers.md at one moment.
 *
 * @param frames    RX_FRAMES
 * @param delivered RX_DELIVERED
 * @param nobuf     RX_DROP_NOBUF
 * @param error     RX_DROP_ERROR
 * @param malformed RX_MALFORMED
 */
record RxCounters(long frames, long delivered, long nobuf, long error, long malformed) {
    static final RxCounters ZERO = new RxCounters(0, 0, 0, 0, 0);

    static RxCounters read(NicModel nic) {
        return new RxCounters(u32(nic.mmioRead(RX_FRAMES)), u32(nic.mmioRead(RX_DELIVERED)),
                u32(nic.mmioRead(RX_DROP_NOBUF)), u32(nic.mmioRead(RX_DROP_ERROR)), u32(nic.mmioRead(RX_MALFORMED)));
    }

    /** Counter increments since {@code before}. */
    RxCounters minus(RxCounters before) {
        return new RxCounters(frames - before.frames, delivered - before.delivered, nobuf - before.nobuf,
                error - before.error, malformed - before.malformed);
    }

    /** The scoreboard invariant RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF + RX_DROP_ERROR. */
    boolean balanced() {
        return frames == delivered + nobuf + error;
    }

    private static long u32(int v) {
        return Integer.toUnsignedLong(v);
    }
}
