package org.nicsim.report;

import org.nicsim.cosim.DoorbellRecord;
import org.nicsim.cosim.PacketRecord;

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
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"index\":").append(r.index())
                .append(",\"len\":").append(r.len())
                .append(",\"hashType\":").append(r.hashType())
                .append(",\"hash\":").append(r.hash())
                .append(",\"modelHash\":").append(r.modelHash())
                .append(",\"bucket\":").append(r.bucket())
                .append(",\"queue\":").append(r.queue())
                .append(",\"ringCpu\":").append(r.ringCpu())
                .append(",\"netisrCpu\":").append(r.netisrCpu())
                .append(",\"fate\":\"").append(r.fate().jsonName()).append('"')
                .append(",\"ok\":").append(r.ok())
                .append('}');
        return sb.toString();   // a null Long/Integer appends "null", which is the JSON we want
    }

    /** The doorbells.jsonl line of {@code r}, without the newline. */
    public static String doorbell(DoorbellRecord r) {
        return "{\"seq\":" + r.seq() + ",\"queue\":" + r.queue() + ",\"tail\":" + r.tail() + ",\"cycle\":" + r.cycle()
                + ",\"cpu\":" + r.cpu() + ",\"predicted\":" + r.predicted() + "}";
    }
}
