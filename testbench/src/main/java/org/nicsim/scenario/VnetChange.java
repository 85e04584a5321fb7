package org.nicsim.scenario;

/**
 * A VIMAGE change during traffic: in the first host pass after frame {@code atPacket} was offered,
 * between ring service and the netisr workers (so packets wait in the queues), the vnet calls
 * {@code netisr_unregister_vnet} (purging the protocol's queued packets, refusing new ones) or
 * {@code netisr_register_vnet} for {@code protocol}. Nothing is quiesced: frames are in flight.
 *
 * @param atPacket the change follows the offer of this frame
 * @param protocol the netisr protocol
 * @param enabled  true: register_vnet; false: unregister_vnet
 */
public record VnetChange(long atPacket, VnetProtocol protocol, boolean enabled) {
}
