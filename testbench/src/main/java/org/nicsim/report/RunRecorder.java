package org.nicsim.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.PacketRecord;
import org.nicsim.run.RunObserver;
import org.nicsim.traffic.pcap.PcapWriter;

/**
 * Streams a run's per-frame outputs to disk as the co-simulation reports them: packets.jsonl,
 * doorbells.jsonl and tx.pcap. Nothing per packet is kept in memory, so run length is bounded by
 * disk, not heap. I/O errors surface as {@link OutputWriteException} (naming the file) from the callbacks.
 *
 * <p>The JSONL lines are ASCII, so they go to the files as bytes from one reused {@link AsciiLine}:
 * the same bytes a UTF-8 writer would produce, without a String and an encoding per frame.
 */
public final class RunRecorder implements RunObserver, Closeable {
    private final Path dir;
    private final OutputStream packets;
    private final OutputStream doorbells;
    private final AsciiLine line = new AsciiLine();
    private final PcapWriter tx;
    private long packetLines;
    private long doorbellLines;
    private boolean closed;

    private RunRecorder(Path dir, OutputStream packets, OutputStream doorbells, PcapWriter tx) {
        this.dir = dir;
        this.packets = packets;
        this.doorbells = doorbells;
        this.tx = tx;
    }

    /** Creates the three files in {@code dir} (which must exist). */
    public static RunRecorder open(Path dir) throws IOException {
        OutputStream p = null;
        OutputStream d = null;
        try {
            p = writer(dir.resolve(OutputFiles.PACKETS));
            d = writer(dir.resolve(OutputFiles.DOORBELLS));
            return new RunRecorder(dir, p, d, PcapWriter.create(dir.resolve(OutputFiles.TX_PCAP)));
        } catch (IOException e) {
            closeQuietly(p);
            closeQuietly(d);
            throw e;
        }
    }

    private static OutputStream writer(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public void packet(PacketRecord record) {
        write(packets, OutputFiles.PACKETS, JsonLines.packet(record, line));
        packetLines++;
    }

    @Override
    public void doorbell(DoorbellRecord record) {
        write(doorbells, OutputFiles.DOORBELLS, JsonLines.doorbell(record, line));
        doorbellLines++;
    }

    @Override
    public void transmitted(byte[] frame, long cycle) {
        try {
            tx.write(cycle, frame);
        } catch (IOException e) {
            throw new OutputWriteException(dir.resolve(OutputFiles.TX_PCAP), e);
        }
    }

    private void write(OutputStream out, String name, AsciiLine text) {
        try {
            text.writeTo(out);
            out.write('\n');
        } catch (IOException e) {
            throw new OutputWriteException(dir.resolve(name), e);
        }
    }

    public long packetLines() {
        return packetLines;
    }

    public long doorbellLines() {
        return doorbellLines;
    }

    public long txFrames() {
        return tx.framesWritten();
    }

    /**
     * Flushes and closes all three files; the first error is thrown after all are closed, as an
     * {@link OutputWriteException} naming its file.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        OutputWriteException first = null;
        String[] names = {OutputFiles.PACKETS, OutputFiles.DOORBELLS, OutputFiles.TX_PCAP};
        Closeable[] files = {packets, doorbells, tx};
        for (int i = 0; i < files.length; i++) {
            try {
                files[i].close();
            } catch (IOException e) {
                if (first == null) {
                    first = new OutputWriteException(dir.resolve(names[i]), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing: the original error is the one to report
            }
        }
    }
}
