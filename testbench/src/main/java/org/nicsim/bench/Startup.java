package org.nicsim.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.NicOptions;

/** Start-up cost: JVM start, model open (library load, Verilator model, reset) and driver attach. */
final class Startup {
    private Startup() {
    }

    static void measure(Options o, PrintStream out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        BenchSetup setup = new BenchSetup(BenchTraffic.SMALL, o.seed);
        long t0 = System.nanoTime();
        try (NicModel m = NicModel.open(NicOptions.builder().seed(o.seed).hostMemoryBytes(setup.hostMemoryBytes())
                .build())) {
            long opened = System.nanoTime();
            new CoSimulation(setup.scenario(1), m, null);   // attach is what the constructor does first
            long attached = System.nanoTime();
            out.printf("JVM start to main: %d ms; model open (library load + Verilator model + reset): %.0f ms; "
                    + "driver attach: %.0f ms; JVM start to attached: %d ms%n",
                    ManagementFactory.getRuntimeMXBean().getUptime() - (attached - t0) / 1_000_000,
                    (opened - t0) / 1e6, (attached - opened) / 1e6, System.currentTimeMillis() - jvmStart);
        }
    }
}
