package org.nicsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code nicsim bench [options]}: simulation speed against the C++ harness and per-signal bridging. */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [options]                 simulation speed: co-simulation vs C++ harness vs per-signal bridging";
    }

    @Override
    public String help() {
        return org.nicsim.bench.Main.USAGE + "\n";
    }

    @Override
    public int execute(List<String> args, Terminal terminal) {
        try {
            return org.nicsim.bench.Main.run(args.toArray(new String[0]), terminal.out(), terminal.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
