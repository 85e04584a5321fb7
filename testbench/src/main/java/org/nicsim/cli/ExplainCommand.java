package org.nicsim.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nicsim.model.netisr.CpuChoice;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.run.Fate;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunObserver;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;
import org.nicsim.scenario.App;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.scoreboard.stage.FrameJourney;
import org.nicsim.scoreboard.stage.TxJourney;
import org.nicsim.session.FrameMarks;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.wave.TraceWindow;
import org.nicsim.wave.WaveCapture;
import org.nicsim.wave.WaveSettings;

/**
 * {@code nicsim explain REPORT.json FRAME [--out DIR]}: re-runs the reported run (same scenario,
 * seed, traffic and self-test, so the same cycles) until frame FRAME's fate is final, prints its
 * way through the NIC stage by stage beside the model's, then re-runs once more with a waveform of
 * the cycles from its injection to its write-back.
 */
final class ExplainCommand implements Command {
    /** Cycles of waveform before the frame is queued and after its last stage record. */
    static final long MARGIN = 200;

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String synopsis() {
        return "explain REPORT.json FRAME [--out DIR]   one frame's way through the NIC, hardware vs model";
    }

    @Override
    public String help() {
        return """
                usage: ./nicsim explain REPORT.json FRAME [--out DIR]

                Re-runs the run REPORT.json describes up to frame FRAME (an index of packets.jsonl)
                and prints, stage by stage, what the RTL produced and what the model predicts: frame
                bytes with their header fields, parser flags and tuple, hash type and input, Toeplitz
                hash, RETA bucket and queue, DMA addresses, ring CPU and netisr CPU. The first stage
                that differs is marked. A waveform of the frame's cycles is written to DIR/wave.fst
                with DIR/wave.gtkw (default target/nicsim/<scenario>-<seed>-explain-FRAME/).

                options:
                  --out DIR           output directory for the waveform
                  --help, -h          this text

                exit status: 0 every recorded stage of the frame agrees with the model, 1 a stage
                             diverges, 2 bad input or usage, 3 the re-run failed before the frame's
                             fate, 130/143 interrupted by SIGINT/SIGTERM
                """;
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        List<String> positional = new ArrayList<>();
        String outArg = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--out needs a directory");
                }
                outArg = args.get(++i);
            } else if (args.get(i).startsWith("-")) {
                throw new UsageException("unknown option " + args.get(i));
            } else {
                positional.add(args.get(i));
            }
        }
        if (positional.size() != 2) {
            throw new UsageException("expected REPORT.json and FRAME, got " + positional.size() + " arguments");
        }
        String label = positional.get(0);
        long frame;
        try {
            frame = Long.parseLong(positional.get(1));
        } catch (NumberFormatException e) {
            throw new UsageException("FRAME: expected a frame index, got '" + positional.get(1) + "'");
        }
        JsonObject report = ReplayCommand.readReport(Path.of(label), label);
        Scenario s = ReplayCommand.scenario(report, List.of(), label);
        TrafficSource traffic = ReplayCommand.traffic(report, s, label);
        if (frame < 0 || frame >= traffic.total()) {
            throw new InputException(label + ": frame " + frame + ": the run injected frames 0.." + (traffic.total() - 1));
        }
        ScoreboardSelfTest selfTest = ScoreboardSelfTest.fromDescription(
                report.has("selfTest") && !report.get("selfTest").isJsonNull() ? report.get("selfTest").getAsString() : null,
                label);
        Path out = outArg != null ? Path.of(outArg)
                : RunPlan.DEFAULT_ROOT.resolve(s.name() + "-" + s.seed() + "-explain-" + frame);
        RunSession setup = session(s, traffic, selfTest);
        Journey j = new Journey(frame, s.app() == App.FORWARD);
        WaveRecorder runner = new WaveRecorder(WaveSettings.in(out));
        try {
            runner.run(setup, WaveSpec.off(), j);
        } catch (Journey.Reached done) {
            // the frame's fate is final: the rest of the run does not concern it
        }
        if (j.record == null) {
            terminal.err().println("nicsim explain: frame " + frame + " got no fate in the re-run (the run failed before it)");
            return ExitStatus.SIMULATION_FAILED;
        }
        terminal.out().print(FrameJourney.render(frame, j.bytes(traffic), j.hardware, j.model, j.modelRingCpu, j.record,
                j.first, "policy " + s.netisr().policy().jsonName() + ", dispatch " + s.netisr().dispatch().jsonName()
                        + (j.netisr == null ? "" : ": " + j.netisr)));
        if (j.txHardware != null) {
            terminal.out().print(TxJourney.render(j.txHardware, j.txPosted, j.txFirst));
        } else if (j.forwards && j.record.fate() == Fate.DELIVERED) {
            terminal.out().println("\nthe forwarded frame did not leave the NIC in the re-run (see the TX data check)");
        }
        long last = j.hardware == null ? j.injectCycle + MARGIN : Math.max(j.injectCycle, lastCycle(j.hardware));
        if (j.txHardware != null) {   // the window reaches the frame's last TX stage too
            TxHardware tx = j.txHardware;
            last = Math.max(last, tx.sent() != null ? tx.sent().cycle() : tx.descriptor().cycle());
        }
        WaveCapture c = runner.frame(setup, new TraceWindow(Math.max(0, j.injectCycle - MARGIN), last + MARGIN),
                FrameMarks.of(frame, j.injectCycle, j.hardware, j.first, j.txHardware, j.txFirst));
        if (c != null) {
            terminal.out().println("wave       cycles " + c.firstCycle() + ".." + c.lastCycle() + " around frame " + frame
                    + ": gtkwave " + c.gtkw());
        }
        return j.first == null && j.txFirst == null ? ExitStatus.PASSED : ExitStatus.CHECK_FAILED;
    }

    private static long lastCycle(HardwareStages h) {
        long c = 0;
        c = h.parser() != null ? Math.max(c, h.parser().cycle()) : c;
        c = h.reta() != null ? Math.max(c, h.reta().cycle()) : c;
        return h.dma() != null ? Math.max(c, h.dma().cycle()) : c;
    }

    /** The reported run again: same scenario, frames, watchdog budget and self-test, netisr choices explained. */
    private static RunSession session(Scenario s, TrafficSource traffic, ScoreboardSelfTest selfTest) {
        RunSession session = RunSession.of(s).withFrames(traffic::open, traffic.total())
                .prepare((model, sim) -> sim.setStallCycles(s.stallCycles()));
        if (selfTest != null) {
            session = session.prepare((model, sim) -> selfTest.apply(sim));
        }
        return session.prepare((model, sim) -> sim.explainNetisrChoices());
    }

    /**
     * Collects one frame's records from the re-run and stops it once the frame's fate is final and,
     * when the app forwards it, once its copy has left the NIC.
     */
    private static final class Journey implements RunObserver {
        final long frame;
        final boolean forwards;
        TxHardware txHardware;
        TxPosted txPosted;
        StageFinding txFirst;
        long injectCycle = -1;
        HardwareStages hardware;
        RssPlacement model;
        int modelRingCpu = -1;
        StageFinding first;
        CpuChoice netisr;
        PacketRecord record;

        Journey(long frame, boolean forwards) {
            this.frame = frame;
            this.forwards = forwards;
        }

        @Override
        public void txStages(long source, TxHardware hw, TxPosted posted, StageFinding f) {
            if (source == frame && txHardware == null) {
                txHardware = hw;
                txPosted = posted;
                txFirst = f;
                if (record != null) {
                    throw new Reached();
                }
            }
        }

        @Override
        public void injected(long index, long cycle) {
            if (index == frame) {
                injectCycle = cycle;
            }
        }

        @Override
        public void rxStages(long index, HardwareStages hw, RssPlacement m, int ringCpu, StageFinding f) {
            if (index == frame) {
                hardware = hw;
                model = m;
                modelRingCpu = ringCpu;
                first = f;
            }
        }

        @Override
        public void netisrChoice(long index, CpuChoice choice) {
            if (index == frame) {
                netisr = choice;
            }
        }

        @Override
        public void packet(PacketRecord r) {
            if (r.index() == frame) {
                record = r;
                if (!forwards || r.fate() != Fate.DELIVERED || txHardware != null) {
                    throw new Reached();
                }
            }
        }

        byte[] bytes(TrafficSource traffic) {
            try (TrafficSource.Frames it = traffic.open()) {
                while (it.hasNext()) {
                    InjectedFrame f = it.next();
                    if (f.index() == frame) {
                        return f.bytes();
                    }
                }
            }
            return new byte[0];
        }

        /** Ends the re-run at the frame's fate. */
        static final class Reached extends RuntimeException {
            Reached() {
                super(null, null, false, false);
            }
        }
    }
}
