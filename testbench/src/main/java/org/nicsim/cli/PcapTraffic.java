package org.nicsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.nicsim.report.CaptureStats;
import org.nicsim.report.TrafficInput;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.ScenarioLimits;
import org.nicsim.traffic.pcap.CaptureReader;
import org.nicsim.traffic.pcap.CapturedFrame;
import org.nicsim.traffic.pcap.PcapFormatException;

/**
 * Frames from a pcap or pcapng file, in file order, at most {@code limit} of them. The file is read
 * through once up front, so a truncated or corrupt capture is reported (exit 2, with its byte
 * offset) before the simulation starts, and the progress bar knows the total.
 */
final class PcapTraffic implements TrafficSource {
    private final Path file;
    private final String label;
    private final long limit;
    private final long total;
    private final CaptureStats stats;

    /**
     * @param label the file as the user wrote it
     * @param limit most frames to inject, or -1 for all
     * @throws InputException when the file cannot be read or is malformed
     */
    PcapTraffic(String label, long limit) {
        this.label = label;
        this.file = Path.of(label);
        this.limit = limit < 0 ? Long.MAX_VALUE : limit;
        long n = 0;
        int largest = 0;
        long oversize = 0;
        long truncated = 0;
        try (CapturedFrames f = openCaptured()) {
            while (f.hasNext()) {
                CapturedFrame c = f.nextCaptured();
                n++;
                largest = Math.max(largest, c.length());
                oversize += c.length() > ScenarioLimits.MAX_FRAME ? 1 : 0;
                truncated += c.truncated() ? 1 : 0;
            }
        }
        this.total = n;
        this.stats = new CaptureStats(largest, oversize, truncated);
    }

    /** The longest frame, how many the NIC cannot take, how many records the capture cut short. */
    CaptureStats stats() {
        return stats;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public TrafficInput describe() {
        return TrafficInput.pcap(label, total, stats);
    }

    @Override
    public Frames open() {
        return openCaptured();
    }

    private CapturedFrames openCaptured() {
        CaptureReader reader;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(label + ": cannot read: it is a directory");
            }
            reader = CaptureReader.open(file);
        } catch (NoSuchFileException e) {
            throw new InputException(label + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(label + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new InputException(label + ": cannot read: " + e.getMessage());
        } catch (PcapFormatException e) {
            throw new InputException(e.getMessage());
        }
        Iterator<CapturedFrame> it = reader.iterator();
        return new CapturedFrames() {
            private long index;

            @Override
            public boolean hasNext() {
                try {
                    return index < limit && it.hasNext();
                } catch (PcapFormatException e) {
                    throw new InputException(e.getMessage());
                } catch (UncheckedIOException e) {
                    throw new InputException(label + ": cannot read: " + e.getCause().getMessage());
                }
            }

            @Override
            public InjectedFrame next() {
                long i = index;   // nextCaptured() moves it on
                return new InjectedFrame(i, nextCaptured().bytes(), false);
            }

            @Override
            public CapturedFrame nextCaptured() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                index++;
                return it.next();
            }

            @Override
            public void close() {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The frames with their capture records (original length), for the first pass. */
    private interface CapturedFrames extends Frames {
        CapturedFrame nextCaptured();
    }
}
