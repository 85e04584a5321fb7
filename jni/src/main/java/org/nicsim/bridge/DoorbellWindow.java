package org.nicsim.bridge;

/**
 * Where the doorbell registers are, for the AXI4-Lite monitor that turns MMIO writes into
 * {@link EventKind#DOORBELL} events: register {@code offset} in each of {@code queues} blocks of
 * {@code stride} bytes from {@code base}. The bus models know no register map; whoever opens the
 * model says where the doorbells are.
 *
 * @param base   address of queue 0's block
 * @param stride bytes between two queues' blocks
 * @param offset doorbell register within a block
 * @param queues blocks decoded; {@link #ALL_QUEUES} means every queue of the opened model, 0 none
 */
public record DoorbellWindow(int base, int stride, int offset, int queues) {
    /** {@link #queues()} value meaning "as many as the model has". */
    public static final int ALL_QUEUES = -1;
    /** Decodes no doorbells. */
    public static final DoorbellWindow NONE = new DoorbellWindow(0, 0, 0, 0);

    /** Validates alignment and ranges; the message names the field. */
    public DoorbellWindow {
        if (queues < ALL_QUEUES) {
            throw new IllegalArgumentException("doorbells.queues: must be ≥ 0 or ALL_QUEUES, got " + queues);
        }
        if (queues != 0) {
            if (stride < 4 || stride % 4 != 0) {
                throw new IllegalArgumentException("doorbells.stride: must be a positive multiple of 4, got " + stride);
            }
            if (offset < 0 || offset >= stride || offset % 4 != 0) {
                throw new IllegalArgumentException("doorbells.offset: must be a multiple of 4 below the stride, got "
                        + offset);
            }
            if (base < 0 || base > 0xFFFC || base % 4 != 0) {
                throw new IllegalArgumentException("doorbells.base: must be a 4-byte aligned 16-bit address, got 0x"
                        + Integer.toHexString(base));
            }
        }
    }

    /** @return this window with {@link #ALL_QUEUES} replaced by the model's queue count */
    DoorbellWindow resolve(int modelQueues) {
        return queues == ALL_QUEUES ? new DoorbellWindow(base, stride, offset, modelQueues) : this;
    }
}
