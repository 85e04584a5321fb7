package org.nicsim.report;

import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.PacketRecord;

/**
 * One JSON object per line for packets.jsonl and doorbells.jsonl, in the field order of
 * INTERFACES.md. Written by hand: the values are numbers, booleans, null and fixed words, so no
 * escaping is needed, and this runs once per frame.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /** The packets.jsonl line of {@code r}, without the newline. */
    public static String packet(PacketRecord r) {
        return packet(r, new AsciiLine()).toString();
    }

    /** The doorbells.jsonl line of {@code r}, without the newline. */
    public static String doorbell(DoorbellRecord r) {
        return doorbell(r, new AsciiLine()).toString();
    }

    /**
     * Replaces the contents of {@code out} with the packets.jsonl line of {@code r}, without the
     * newline. One writer for both forms, so the streamed bytes and the String cannot diverge.
     */
    static AsciiLine packet(PacketRecord r, AsciiLine out) {
        return out.reset().append("{\"index\":").append(r.index())
                .append(",\"len\":").append(r.len())
                .append(",\"hashType\":").appendOrNull(r.hashType())
                .append(",\"hash\":").appendOrNull(r.hash())
                .append(",\"modelHash\":").append(r.modelHash())
                .append(",\"bucket\":").appendOrNull(r.bucket())
                .append(",\"queue\":").appendOrNull(r.queue())
                .append(",\"ringCpu\":").appendOrNull(r.ringCpu())
                .append(",\"netisrCpu\":").appendOrNull(r.netisrCpu())
                .append(",\"fate\":\"").append(r.fate().jsonName()).append('"')
                .append(",\"ok\":").append(r.ok())
                .append('}');
    }

    /** Replaces the contents of {@code out} with the doorbells.jsonl line of {@code r}, without the newline. */
    static AsciiLine doorbell(DoorbellRecord r, AsciiLine out) {
        return out.reset().append("{\"seq\":").append(r.seq())
                .append(",\"queue\":").append(r.queue())
                .append(",\"tail\":").append(r.tail())
                .append(",\"cycle\":").append(r.cycle())
                .append(",\"cpu\":").appendOrNull(r.cpu())
                .append(",\"predicted\":").append(r.predicted())
                .append('}');
    }
}
