package org.nicsim.run;

/**
 * One line of {@code packets.jsonl}: an injected frame, what the hardware did with it and what
 * the model predicted. Fields that do not apply are null (a dropped frame has no ring CPU).
 *
 * @param index     injection order, 0-based
 * @param len       frame length
 * @param hashType  hardware {@code M_HASHTYPE}; null when the NIC wrote nothing back
 * @param hash      hardware hash, unsigned; null when not written back
 * @param modelHash the model's hash, unsigned
 * @param bucket    {@code hash & 127} of the hardware hash; null without one
 * @param queue     RX queue; for a nobuf drop the model's queue (whose ring had no buffer)
 * @param ringCpu   CPU that serviced the ring
 * @param netisrCpu CPU whose netisr handler took the packet
 * @param fate      delivered, nobuf, error, qdrop or vnet
 * @param ok        hardware and model agree on every field
 */
public record PacketRecord(long index, int len, Integer hashType, Long hash, long modelHash, Integer bucket,
                           Integer queue, Integer ringCpu, Integer netisrCpu, Fate fate, boolean ok) {}
