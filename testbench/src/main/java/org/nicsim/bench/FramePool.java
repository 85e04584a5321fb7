package org.nicsim.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nicsim.report.OutputWriteException;

/**
 * A fixed set of frames a run cycles through: frame i of a run is {@code frames[i % size]}. Every
 * harness reads the same set (the C++ one from {@link #write}'s file), so all of them see the same
 * byte stream, and memory stays the same whatever the run length.
 */
public final class FramePool {
    /** Magic of the frame file: "NSBFRM01", then u32 count, then per frame u16 length and bytes (LE). */
    static final byte[] MAGIC = "NSBFRM01".getBytes(StandardCharsets.US_ASCII);

    private final byte[][] frames;
    private final double meanLength;

    FramePool(List<byte[]> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("frame pool must not be empty");
        }
        this.frames = frames.toArray(new byte[0][]);
        this.meanLength = frames.stream().mapToInt(b -> b.length).average().orElse(0);
    }

    /** Frame {@code i} of a run (the pool repeats). The array is shared: do not modify it. */
    public byte[] frame(long i) {
        return frames[(int) (i % frames.length)];
    }

    public int size() {
        return frames.length;
    }

    public double meanLength() {
        return meanLength;
    }

    /**
     * Writes the frame file the C++ harness reads.
     *
     * @throws OutputWriteException naming the file when the system refuses it (a missing folder, a full disk)
     */
    public void write(Path file) {
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(frames.length).array());
            for (byte[] f : frames) {
                out.write(f.length & 0xFF);
                out.write(f.length >>> 8);
                out.write(f);
            }
        } catch (IOException e) {
            throw new OutputWriteException(file, e);
        }
    }
}
