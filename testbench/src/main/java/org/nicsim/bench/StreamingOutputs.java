package org.nicsim.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nicsim.cosim.DoorbellRecord;
import org.nicsim.cosim.PacketRecord;
import org.nicsim.cosim.RunObserver;
import org.nicsim.traffic.pcap.PcapWriter;

/**
 * The run outputs a user gets, streamed as they become final: {@code packets.jsonl},
 * {@code doorbells.jsonl} (INTERFACES.md field order) and {@code tx.pcap}. Nothing is kept in
 * memory, so a run of any length needs the same heap. Progress goes to a {@link Window}.
 */
final class StreamingOutputs implements RunObserver, Closeable {
    private final BufferedWriter packets;
    private final BufferedWriter doorbells;
    private final PcapWriter pcap;
    private final StringBuilder line = new StringBuilder(200);
    private final Window window;
    private final CoSimRunner.ProgressHook hook;
    private long lastDone = -1;

    StreamingOutputs(Path dir, Window window, CoSimRunner.ProgressHook hook) throws IOException {
        this.packets = Files.newBufferedWriter(dir.resolve("packets.jsonl"), StandardCharsets.UTF_8);
        this.doorbells = Files.newBufferedWriter(dir.resolve("doorbells.jsonl"), StandardCharsets.UTF_8);
        this.pcap = PcapWriter.create(dir.resolve("tx.pcap"));
        this.window = window;
        this.hook = hook;
    }

    @Override
    public void packet(PacketRecord r) {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"index\":").append(r.index())
                .append(",\"len\":").append(r.len())
                .append(",\"hashType\":").append(r.hashType())
                .append(",\"hash\":").append(r.hash())
                .append(",\"modelHash\":").append(r.modelHash())
                .append(",\"bucket\":").append(r.bucket())
                .append(",\"queue\":").append(r.queue())
                .append(",\"ringCpu\":").append(r.ringCpu())
                .append(",\"netisrCpu\":").append(r.netisrCpu())
                .append(",\"fate\":\"").append(r.fate().name().toLowerCase(java.util.Locale.ROOT)).append('"')
                .append(",\"ok\":").append(r.ok())
                .append("}\n");
        write(packets, sb);
    }

    @Override
    public void doorbell(DoorbellRecord d) {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"seq\":").append(d.seq()).append(",\"queue\":").append(d.queue()).append(",\"tail\":")
                .append(d.tail()).append(",\"cycle\":").append(d.cycle()).append(",\"cpu\":").append(d.cpu())
                .append(",\"predicted\":").append(d.predicted()).append("}\n");
        write(doorbells, sb);
    }

    @Override
    public void transmitted(byte[] frame, long cycle) {
        try {
            pcap.write(cycle, frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void progress(long done, long total, long cycle) {
        if (done != lastDone || done == total) {
            lastDone = done;
            window.pass(done, cycle);
            if (hook != null) {
                hook.progress(done, cycle);
            }
        }
    }

    private static void write(BufferedWriter w, CharSequence s) {
        try {
            w.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (packets; doorbells; pcap) {
            packets.flush();
        }
    }
}
