package org.nicsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One co-simulation scenario, every field filled in (docs/scenario.md). Obtain one
 * through {@link ScenarioLoader}, which applies the documented defaults and validates every
 * range; {@link ScenarioJson} writes it back "as run".
 *
 * @param name scenario name, used in the default output directory
 * @param description free text saying what the scenario is for ("" when absent)
 * @param seed seed of every random choice (traffic generation)
 * @param cpus simulated CPUs
 * @param queues RX/TX queue pairs of the NIC
 * @param rss RSS programming
 * @param ringMap RX queue to CPU map
 * @param netisr netisr dispatch settings
 * @param ifq ifq staging and doorbell settings
 * @param traffic generated receive traffic
 * @param app what is done with handled packets
 * @param tx transmit-only load
 * @param rxBuffers RX buffers the driver keeps posted per queue
 * @param rxRingSize RX descriptors per ring (power of two, greater than rxBuffers)
 * @param txRingSize TX descriptors per ring (power of two)
 * @param wave waveform recording
 * @param reconfigure RSS reprogramming during traffic, by increasing packet index
 * @param stallCycles cycles without progress, with work pending, before the run fails as stalled
 * @param expectDrops the scenario drops most of its frames on purpose (a nobuf or qdrop study), so
 *                    that is no warning
 * @param bus bus stimulus (RX idle cycles, host-memory latency, TX backpressure)
 * @param vnet VIMAGE netisr protocol changes during traffic, by increasing packet index
 * @param rxBufferSize bytes of every RX buffer, a multiple of 8 (frames longer than it are dropped
 *                     as errors); 0 = sized for the longest frame
 * @param txDataOffset byte offset of each TX frame inside its buffer (0..63)
 */
public record Scenario(String name, String description, long seed, int cpus, int queues, RssSpec rss, RingMapSpec ringMap,
                       NetisrSpec netisr, IfqSpec ifq, TrafficSection traffic, App app, TxSpec tx,
                       int rxBuffers, int rxRingSize, int txRingSize, WaveSpec wave,
                       List<Reconfiguration> reconfigure, long stallCycles, boolean expectDrops, BusSpec bus,
                       List<VnetChange> vnet, int rxBufferSize, int txDataOffset) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rss, "rss");
        Objects.requireNonNull(ringMap, "ringMap");
        Objects.requireNonNull(netisr, "netisr");
        Objects.requireNonNull(ifq, "ifq");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(bus, "bus");
        vnet = List.copyOf(Objects.requireNonNull(vnet, "vnet"));
        reconfigure = List.copyOf(Objects.requireNonNull(reconfigure, "reconfigure"));
    }

    /** A scenario with the default stall budget and plain bus, no vnet changes, not expecting to drop most frames. */
    public Scenario(String name, String description, long seed, int cpus, int queues, RssSpec rss, RingMapSpec ringMap,
                    NetisrSpec netisr, IfqSpec ifq, TrafficSection traffic, App app, TxSpec tx,
                    int rxBuffers, int rxRingSize, int txRingSize, WaveSpec wave, List<Reconfiguration> reconfigure) {
        this(name, description, seed, cpus, queues, rss, ringMap, netisr, ifq, traffic, app, tx, rxBuffers, rxRingSize,
                txRingSize, wave, reconfigure, ScenarioDefaults.STALL_CYCLES, false, BusSpec.plain(), List.of(), 0, 0);
    }

    /** The documented defaults: what an empty scenario {@code {}} means. */
    public static Scenario defaults() {
        return ScenarioLoader.parse("{}", List.of());
    }

    /** The initial RETA as the driver programs it, indexed by bucket. */
    public int[] retaTable() {
        return rss.reta().table(queues);
    }

    /** The ring CPU of every RX queue, indexed by queue. */
    public int[] ringCpus() {
        return ringMap.table(queues, cpus);
    }
}
