package org.nicsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.report.RunReport;
import org.nicsim.report.StageSummary;
import org.nicsim.run.Fate;
import org.nicsim.scenario.Scenario;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;

/**
 * The one-screen summary printed after a run and saved as summary.txt: status, checks, frame
 * fates and drops by reason, per-queue and per-CPU counts, doorbells and MMIO writes per packet,
 * speed, and on failure the first mismatches and the replay command.
 */
final class SummaryText {
    /** Mismatches shown on screen; report.json keeps more. */
    static final int MISMATCHES_SHOWN = 5;
    /** Rows per column block in the per-queue and per-CPU tables before they wrap sideways. */
    private static final int ROWS = 8;

    private SummaryText() {
    }

    static String render(RunReport r) {
        StringBuilder sb = new StringBuilder();
        Scenario s = r.scenario();
        String status = switch (r.status()) {
            case RunReport.PASSED -> "PASSED";
            case RunReport.FAILED -> r.result() != null && r.result().passed() ? "FAILED (warnings, --strict)" : "FAILED";
            case RunReport.INTERRUPTED -> "INTERRUPTED";
            default -> "SIMULATION FAILED";
        };
        sb.append(String.format(Locale.ROOT, "nicsim: %s (seed %d): %s%n", s.name(), s.seed(), status));
        sb.append(String.format(Locale.ROOT, "  %d CPUs, %d queues, netisr %s/%s qlimit %d, ifq stageCntMax %d, app %s; %s%n",
                s.cpus(), s.queues(), s.netisr().policy(), s.netisr().dispatch(), s.netisr().qlimit(), s.ifq().stageCntMax(),
                s.app().jsonName(), r.input().isPcap() ? r.input().frames() + " frames from " + r.input().file()
                        : r.input().frames() + " generated frames" + (s.tx().batches().isEmpty() ? ""
                        : ", " + s.tx().batches().size() + " TX batches")));
        if (r.selfTest() != null) {
            sb.append("  ").append(r.selfTest()).append('\n');
        }
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        if (r.failure() != null && r.failure().interrupted()) {
            sb.append(String.format(Locale.ROOT, "%ninterrupted:%n  %s%n", r.failure().message()));
        } else if (r.failure() != null) {
            sb.append(String.format(Locale.ROOT, "%nsimulation failed (%s%s):%n  %s%n", r.failure().kind(),
                    r.failure().cycle() >= 0 ? ", cycle " + r.failure().cycle() : "", r.failure().message()));
        } else {
            result(sb, r, r.result());
        }
        sb.append(String.format(Locale.ROOT, "%noutput     %s%n", r.outDir()));
        if (r.wave() != null) {
            sb.append(String.format(Locale.ROOT, "wave       %s%n", r.wave().describe()));
        } else if (!r.waveNote().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "wave       %s%n", r.waveNote()));
        }
        if (!r.status().equals(RunReport.PASSED)) {
            sb.append(String.format(Locale.ROOT, "replay     %s%n", r.replayCommand()));
        }
        return sb.toString();
    }

    private static void result(StringBuilder sb, RunReport r, CoSimResult res) {
        sb.append(String.format(Locale.ROOT, "%n%-20s %10s %8s%n", "checks", "passed", "failed"));
        for (Check c : Check.values()) {
            long p = res.scoreboard().passed(c);
            long f = res.scoreboard().failed(c);
            sb.append(String.format(Locale.ROOT, "  %-18s %10d %8d%s%n", c.id(), p, f,
                    f > 0 ? "  << " + c.description() : p == 0 ? "  (not exercised)" : ""));
        }
        sb.append(String.format(Locale.ROOT, "%nframes     injected %d, delivered %d; drops: nobuf %d, error %d, qdrop %d, ifq %d%s%n",
                res.injected(), res.fate(Fate.DELIVERED), res.fate(Fate.NOBUF), res.fate(Fate.ERROR), res.fate(Fate.QDROP),
                res.txDrops(), res.fate(Fate.VNET) == 0 ? "" : ", vnet " + res.fate(Fate.VNET)));
        int[] ringCpus = r.scenario().ringCpus();
        List<String> queueRows = new ArrayList<>();
        for (int q = 0; q < res.deliveredByQueue().length; q++) {
            queueRows.add(String.format(Locale.ROOT, "%5d %4d %9d %6d %9d", q, ringCpus[q], res.deliveredByQueue()[q],
                    res.nobufByQueue()[q], res.doorbellsByQueue()[q]));
        }
        blocks(sb, "per queue", String.format(Locale.ROOT, "%5s %4s %9s %6s %9s", "queue", "cpu", "delivered", "nobuf",
                "doorbells"), queueRows);
        List<String> cpuRows = new ArrayList<>();
        for (int c = 0; c < res.ringByCpu().length; c++) {
            cpuRows.add(String.format(Locale.ROOT, "%5d %9d %9d", c, res.ringByCpu()[c], res.netisrByCpu()[c]));
        }
        blocks(sb, "per CPU", String.format(Locale.ROOT, "%5s %9s %9s", "cpu", "ring", "netisr"), cpuRows);
        sb.append(String.format(Locale.ROOT, "  %d frames handled on another CPU than their ring's%n", res.crossCpu()));
        if (res.placement().hashed() > 0) {
            sb.append(String.format(Locale.ROOT, "  of %d hashed frames, DragonFly netisr_hashcpu would place %d and Linux RPS"
                    + " %d on another CPU%n", res.placement().hashed(), res.placement().dragonflyDiffers(),
                    res.placement().linuxRpsDiffers()));
        }
        sb.append(String.format(Locale.ROOT, "%nTX         %d frames sent of %d queued; %d doorbells (%d predicted)%n",
                res.txFrames(), res.txQueued(), res.doorbells(), res.predictedDoorbells()));
        sb.append(String.format(Locale.ROOT, "           doorbells per packet %.3f, MMIO writes per packet %.3f%n",
                res.doorbellsPerPacket(), res.mmioWritesPerPacket()));
        sb.append(String.format(Locale.ROOT, "speed      %d cycles in %.2f s: %.0f cycles/s, %.0f packets/s%n", res.cycles(),
                res.wallSeconds(), res.cyclesPerSecond(), res.packetsPerSecond()));
        List<String> stages = StageSummary.stageLines(res.scoreboard(), MISMATCHES_SHOWN);
        if (!stages.isEmpty()) {
            sb.append('\n');
            stages.forEach(l -> sb.append(l).append('\n'));
        }
        List<Mismatch> first = stages.isEmpty() ? res.scoreboard().firstMismatches() : StageSummary.unexplained(res.scoreboard());
        if (!first.isEmpty()) {
            long failed = res.scoreboard().totalFailed();
            sb.append(String.format(Locale.ROOT, "%n%s (%d of %d failed comparisons; report.json has %d)%n",
                    stages.isEmpty() ? "first mismatches" : "mismatches no stage explains", Math.min(MISMATCHES_SHOWN,
                    first.size()), failed, res.scoreboard().firstMismatches().size()));
            for (Mismatch m : first.subList(0, Math.min(MISMATCHES_SHOWN, first.size()))) {
                sb.append("  ").append(m).append('\n');
            }
        }
        if (!res.faults().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nbus faults%n"));
            res.faults().forEach(f -> sb.append("  ").append(f).append('\n'));
        }
    }

    /** A small table whose rows wrap into side-by-side blocks of {@link #ROWS}, so 64 CPUs fit a screen. */
    private static void blocks(StringBuilder sb, String title, String header, List<String> rows) {
        int maxBlocks = Math.max(1, 110 / (header.length() + 3));   // what fits side by side
        int nBlocks = Math.max(1, Math.min(maxBlocks, (rows.size() + ROWS - 1) / ROWS));
        int perBlock = (rows.size() + nBlocks - 1) / nBlocks;
        sb.append(String.format(Locale.ROOT, "%n%s%n", title));
        StringBuilder head = new StringBuilder("  ");
        for (int b = 0; b < nBlocks; b++) {
            head.append(header).append(b + 1 < nBlocks ? "   " : "");
        }
        sb.append(head.toString().stripTrailing()).append('\n');
        for (int i = 0; i < perBlock; i++) {
            StringBuilder line = new StringBuilder("  ");
            for (int b = 0; b < nBlocks; b++) {
                int k = b * perBlock + i;
                if (k < rows.size()) {
                    line.append(rows.get(k)).append(b + 1 < nBlocks ? "   " : "");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
