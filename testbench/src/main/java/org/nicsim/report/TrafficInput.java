package org.nicsim.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run's receive traffic came from: the scenario's generator, or a capture file.
 *
 * @param source {@code "generator"} or {@code "pcap"}
 * @param file   the capture file as given on the command line; null for the generator
 * @param path   the capture file as an absolute path, so {@code nicsim replay} re-reads it from any
 *               directory; null for the generator
 * @param frames frames injected (for a capture: after {@code --packets} cut it); fewer than the
 *               scenario's {@code traffic.packets} when the run stopped early
 * @param capture what the injected capture records held beyond the frames (zeros for the generator)
 */
public record TrafficInput(String source, String file, String path, long frames, CaptureStats capture) {
    public static final String GENERATOR = "generator";
    public static final String PCAP = "pcap";

    public TrafficInput {
        Objects.requireNonNull(source, "source");
        if (!source.equals(GENERATOR) && !source.equals(PCAP)) {
            throw new IllegalArgumentException("source: expected generator or pcap, got " + source);
        }
        if (source.equals(PCAP) && file == null) {
            throw new IllegalArgumentException("file: a pcap input needs its file");
        }
        capture = capture == null ? CaptureStats.NONE : capture;
    }

    /** As the canonical constructor, with {@code path} resolved from {@code file} against the working directory. */
    public TrafficInput(String source, String file, long frames) {
        this(source, file, file == null ? null : Path.of(file).toAbsolutePath().normalize().toString(), frames,
                CaptureStats.NONE);
    }

    public static TrafficInput generator(long frames) {
        return new TrafficInput(GENERATOR, null, frames);
    }

    public static TrafficInput pcap(String file, long frames) {
        return pcap(file, frames, CaptureStats.NONE);
    }

    public static TrafficInput pcap(String file, long frames, CaptureStats capture) {
        return new TrafficInput(PCAP, file, file == null ? null : Path.of(file).toAbsolutePath().normalize().toString(),
                frames, capture);
    }

    /** This input with {@code injected} frames: what a run that stopped early did inject. */
    public TrafficInput withFrames(long injected) {
        return new TrafficInput(source, file, path, injected, capture);
    }

    public boolean isPcap() {
        return source.equals(PCAP);
    }
}
