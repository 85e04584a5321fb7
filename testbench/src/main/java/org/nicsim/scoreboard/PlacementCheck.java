package org.nicsim.scoreboard;

import org.nicsim.model.Mbuf;
import org.nicsim.model.rss.AlternativePlacement;
import org.nicsim.run.PlacementComparison;
import org.nicsim.scenario.Scenario;

/**
 * Per-CPU placement: the CPU netisr ran each handler on against {@link NetisrPlacement}'s formula,
 * the per-CPU tallies of ring service and netisr work, and how DragonFly and Linux RPS would have
 * placed the same hashed packets.
 */
final class PlacementCheck {
    private final Scoreboard scoreboard;
    private final NetisrPlacement netisrPlacement;
    private final int cpus;
    final long[] ringByCpu;
    final long[] netisrByCpu;
    long crossCpu;
    private long hashedHandled;
    private long dragonflyDiffers;
    private long linuxRpsDiffers;

    PlacementCheck(Scenario sc, Scoreboard scoreboard) {
        this.scoreboard = scoreboard;
        this.cpus = sc.cpus();
        this.netisrPlacement = new NetisrPlacement(sc.netisr().policy(), sc.netisr().dispatch(),
                sc.netisr().workstreams(), cpus, sc.netisr().ifIndex());
        this.ringByCpu = new long[cpus];
        this.netisrByCpu = new long[cpus];
    }

    void ringServiced(int cpu) {
        ringByCpu[cpu]++;
    }

    /** The handler CPU of frame {@code f}: counted, then checked against the policy formula. */
    void handled(RxFrame f, int cpu) {
        netisrByCpu[cpu]++;
        if (cpu != f.ringCpu) {
            crossCpu++;
        }
        int expect = netisrPlacement.cpu(f.hwHashType, (int) f.hwHash, f.hwQueue, f.ringCpu);
        f.ok &= scoreboard.expect(Check.NETISR_CPU, f.index, f.cycle, "netisr CPU", cpu, expect);
    }

    /** Where other systems would have placed a hashed packet that netisr put on {@code cpu}. */
    void compareAlternatives(Mbuf m, int cpu) {
        if (m.hashType() != 0) {
            hashedHandled++;
            if (AlternativePlacement.dragonflyHashCpu(m.flowid(), cpus) != cpu) {
                dragonflyDiffers++;
            }
            if (AlternativePlacement.linuxRps(m.flowid(), cpus) != cpu) {
                linuxRpsDiffers++;
            }
        }
    }

    PlacementComparison comparison() {
        return new PlacementComparison(hashedHandled, dragonflyDiffers, linuxRpsDiffers);
    }
}
