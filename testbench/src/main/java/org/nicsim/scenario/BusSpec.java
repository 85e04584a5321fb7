package org.nicsim.scenario;

/**
 * Bus stimulus: how the bus-functional models around the NIC behave. Everything random is drawn
 * from the scenario's seed, so a run stays reproducible; the defaults are the plain, fast bus.
 *
 * @param rxIdle         probability that the RX stream leaves TVALID low for a cycle after a beat inside a frame
 * @param readLatency    host-memory cycles from an AR handshake to the first R beat
 * @param writeLatency   host-memory cycles from the last W beat to BVALID
 * @param txBackpressure probability that the TX sink holds TREADY low in a cycle
 */
public record BusSpec(double rxIdle, int readLatency, int writeLatency, double txBackpressure) {
    /** The plain bus: no idle cycles, latencies 16 / 4, no backpressure. */
    public static BusSpec plain() {
        return new BusSpec(0.0, 16, 4, 0.0);
    }
}
