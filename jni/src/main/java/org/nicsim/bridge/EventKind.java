package org.nicsim.bridge;

/**
 * What the bridge observed at the model's pins. The ordinal is the bit of the kind in a
 * {@link NicModel#run(long, int) stop mask} and in {@link RunResult#seenMask()}; the order matches
 * the native {@code events.h} and must not change.
 */
public enum EventKind {
    /** {@code irq[queue]} went from 0 to 1. */
    IRQ_RISE,
    /** {@code irq[queue]} went from 1 to 0. */
    IRQ_FALL,
    /**
     * A TXQ_TAIL write (0x1000 + 0x40·queue + 0x2C) on the AXI4-Lite bus, in the cycle both its
     * address and data were accepted; {@code value} = the written tail, {@code detail} = WSTRB.
     */
    DOORBELL,
    /** A host-memory read burst got an error; {@code value} = address, {@code axiId}, {@code detail} = RRESP. */
    HOST_READ_FAULT,
    /** A host-memory write burst got an error; {@code value} = address, {@code axiId}, {@code detail} = BRESP. */
    HOST_WRITE_FAULT,
    /** The last beat of an injected frame was accepted; {@code value} = its injection sequence number (0-based). */
    RX_ACCEPTED,
    /** A frame was captured from the TX stream; {@code value} = its capture sequence number (0-based). */
    TX_CAPTURED,
    /** The last queued MMIO operation completed; {@code value} = its address. */
    MMIO_IDLE,
    /** An MMIO operation got a non-OKAY response; {@code value} = address, {@code detail} = response. */
    MMIO_ERROR,
    /**
     * The model broke an AXI4 / AXI4-Stream rule seen by a BFM; {@code value} = address (0 if none),
     * {@code detail} = rule: 1 AW, 2 AR, 3 W, 5 TX stream: VALID dropped or payload changed before
     * READY; 4 WLAST not on the burst's last beat.
     */
    AXI_PROTOCOL,
    /** An RX frame was accepted after TVALID idle cycles inside it; {@code value} = those cycles. */
    RX_IDLE_IN_FRAME,
    /** A TX frame was captured after cycles of TVALID high and TREADY low; {@code value} = those cycles. */
    TX_STALLED,
    /** Host memory made a read wait longer (AR handshake to its data being ready) than any before; {@code value} = cycles. */
    READ_LATENCY_MAX;

    /** @return this kind's bit in a stop mask */
    public int bit() {
        return 1 << ordinal();
    }

    /**
     * @param kinds event kinds
     * @return the stop mask with the bit of every given kind set
     */
    public static int mask(EventKind... kinds) {
        int m = 0;
        for (EventKind k : kinds) {
            m |= k.bit();
        }
        return m;
    }

    /** @return the stop mask with every kind set */
    public static int all() {
        return (1 << values().length) - 1;
    }
}
