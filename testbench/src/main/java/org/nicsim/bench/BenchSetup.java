package org.nicsim.bench;

import org.nicsim.cosim.RunSizing;
import java.util.HexFormat;
import java.util.List;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.driver.DriverConfig;
import org.nicsim.scenario.RssHashType;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.model.rss.RssHashTypes;

/**
 * The NIC configuration every benchmark mode uses: the shipped default scenario's queues, rings,
 * buffers, RSS key and hash types, a round-robin RETA, the forwarding app. The co-simulation gets
 * it as a scenario; the lean loops as a {@link DriverConfig}; the C++ harness as arguments.
 *
 * @param traffic frame profile (sizes the buffers)
 * @param seed    model seed (X-initialisation)
 */
public record BenchSetup(BenchTraffic traffic, long seed) {
    /** Cycles between host service passes ({@link CoSimulation#SERVICE_INTERVAL}). */
    public static final int INTERVAL = CoSimulation.SERVICE_INTERVAL;
    /** Frames kept queued at the RX source ({@link CoSimulation#RX_SOURCE_DEPTH}). */
    public static final int DEPTH = CoSimulation.RX_SOURCE_DEPTH;
    /** Cycles the host waits for its MMIO writes. */
    public static final long MMIO_DRAIN_CYCLES = 10_000;
    /** Cycles without a frame received or sent before a run is declared stalled. */
    public static final long STALL_CYCLES = 200_000;

    /** The co-simulation scenario for a run of {@code packets} frames. */
    public Scenario scenario(long packets) {
        String json = "{\"name\":\"bench-" + traffic.label().toLowerCase(java.util.Locale.ROOT) + "\",\"seed\":" + seed
                + ",\"app\":\"forward\",\"traffic\":{\"packets\":" + packets + ",\"sizes\":{\"min\":64,\"max\":"
                + traffic.maxSize() + "}}}";
        return ScenarioLoader.parse(json, List.of());
    }

    private Scenario reference() {
        return scenario(1);
    }

    public int queues() {
        return reference().queues();
    }

    public int bufferSize() {
        return RunSizing.rxBufferSize(reference());
    }

    public int hostMemoryBytes() {
        return RunSizing.hostMemoryBytes(reference());
    }

    public int hashTypes() {
        return RssHashTypes.of(reference().rss().hashTypes().stream().map(RssHashType::jsonName).toList()).bits();
    }

    /** The driver configuration the lean loops attach with: what the co-simulation programs. */
    public DriverConfig driverConfig() {
        Scenario s = reference();
        int buf = bufferSize();
        return new DriverConfig(s.queues(), s.rxRingSize(), s.rxBuffers(), buf, s.txRingSize(), buf, s.rss().keyBytes(),
                hashTypes(), s.retaTable(), s.rss().defaultQueue(), 0);
    }

    /** The C++ harness's arguments for this setup (everything but the frame file and counts). */
    public List<String> harnessArgs() {
        Scenario s = reference();
        int[] reta = s.retaTable();
        for (int i = 0; i < reta.length; i++) {
            if (reta[i] != i % s.queues()) {
                throw new IllegalStateException("the C++ harness programs a round-robin RETA; the scenario's differs");
            }
        }
        if (s.rss().defaultQueue() != 0) {
            throw new IllegalStateException("the C++ harness programs default queue 0");
        }
        return List.of("queues=" + s.queues(), "rxRing=" + s.rxRingSize(), "rxBuffers=" + s.rxBuffers(),
                "bufSize=" + bufferSize(), "txRing=" + s.txRingSize(), "hashTypes=" + hashTypes(),
                "key=" + HexFormat.of().formatHex(s.rss().keyBytes()), "seed=" + seed, "mem=" + hostMemoryBytes(),
                "interval=" + INTERVAL, "depth=" + DEPTH, "gap=" + traffic.gapCycles());
    }
}
