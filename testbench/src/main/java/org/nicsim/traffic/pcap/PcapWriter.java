package org.nicsim.traffic.pcap;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a classic pcap file as frames arrive: little-endian, nanosecond timestamps (magic
 * a1b23c4d written as 4d 3c b2 a1, so every 4 ns cycle keeps its own time stamp), version 2.4, snap length 65535, LINKTYPE_ETHERNET. A frame's
 * timestamp is its simulated cycle times {@value #NANOS_PER_CYCLE} ns (the 250 MHz nominal clock),
 * so the same run always writes the same bytes. Frames longer than the snap length are cut, with
 * the original length kept in the record.
 */
public final class PcapWriter implements Closeable, Flushable {
    /** Nanoseconds per simulated clock cycle. */
    public static final long NANOS_PER_CYCLE = 4;
    /** Snap length written in the header. */
    public static final int SNAP_LENGTH = 65535;

    private final OutputStream out;
    private final ByteBuffer header = ByteBuffer.allocate(ClassicPcapReader.RECORD_HEADER).order(ByteOrder.LITTLE_ENDIAN);
    private long frames;
    private long lastCycle = -1;
    private boolean closed;

    /** Writes the file header to {@code out} and takes ownership of it. */
    public PcapWriter(OutputStream out) throws IOException {
        this.out = out;
        ByteBuffer h = ByteBuffer.allocate(ClassicPcapReader.FILE_HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xA1B23C4D).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAP_LENGTH).putInt(LinkTypes.ETHERNET);
        out.write(h.array());
    }

    /** Creates (or truncates) {@code path} and writes the file header. */
    public static PcapWriter create(Path path) throws IOException {
        OutputStream s = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        try {
            return new PcapWriter(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Appends one frame seen at simulated {@code cycle}. Cycles must not go backwards.
     *
     * @throws IllegalArgumentException for a negative or decreasing cycle, or a null frame
     */
    public void write(long cycle, byte[] frame) throws IOException {
        if (closed) {
            throw new IllegalStateException("pcap writer: closed");
        }
        if (frame == null) {
            throw new IllegalArgumentException("frame: must not be null");
        }
        if (cycle < 0 || cycle > Long.MAX_VALUE / NANOS_PER_CYCLE) {
            throw new IllegalArgumentException("cycle: must be 0.." + Long.MAX_VALUE / NANOS_PER_CYCLE + ", got " + cycle);
        }
        if (cycle < lastCycle) {
            throw new IllegalArgumentException("cycle: " + cycle + " is before the previous frame's cycle " + lastCycle);
        }
        lastCycle = cycle;
        long nanos = cycle * NANOS_PER_CYCLE;
        int captured = Math.min(frame.length, SNAP_LENGTH);
        header.clear();
        header.putInt((int) (nanos / 1_000_000_000L))
                .putInt((int) (nanos % 1_000_000_000L))
                .putInt(captured)
                .putInt(frame.length);
        out.write(header.array());
        out.write(frame, 0, captured);
        frames++;
    }

    /** Frames written so far. */
    public long framesWritten() {
        return frames;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes; idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
