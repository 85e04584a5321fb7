package org.nicsim.report;

import org.nicsim.report.AsciiLine.Word;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.PacketRecord;

/**
 * One JSON object per line for packets.jsonl and doorbells.jsonl, in the field order of
 * docs/outputs.md. Written by hand: the values are numbers, booleans, null and fixed words, so no
 * escaping is needed, and this runs once per frame.
 */
public final class JsonLines {
    // the keys with their punctuation, encoded once: the lines are written for every frame
    private static final Word INDEX = first("index");
    private static final Word LEN = next("len");
    private static final Word HASH_TYPE = next("hashType");
    private static final Word HASH = next("hash");
    private static final Word MODEL_HASH = next("modelHash");
    private static final Word BUCKET = next("bucket");
    private static final Word QUEUE = next("queue");
    private static final Word RING_CPU = next("ringCpu");
    private static final Word NETISR_CPU = next("netisrCpu");
    private static final Word FATE = AsciiLine.word(",\"fate\":\"");
    private static final Word OK = next("ok");
    private static final Word SEQ = first("seq");
    private static final Word TAIL = next("tail");
    private static final Word CYCLE = next("cycle");
    private static final Word CPU = next("cpu");
    private static final Word PREDICTED = next("predicted");

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
        return out.reset().append(INDEX).append(r.index())
                .append(LEN).append(r.len())
                .append(HASH_TYPE).appendOrNull(r.hashType())
                .append(HASH).appendOrNull(r.hash())
                .append(MODEL_HASH).append(r.modelHash())
                .append(BUCKET).appendOrNull(r.bucket())
                .append(QUEUE).appendOrNull(r.queue())
                .append(RING_CPU).appendOrNull(r.ringCpu())
                .append(NETISR_CPU).appendOrNull(r.netisrCpu())
                .append(FATE).append(r.fate().jsonName()).append('"')
                .append(OK).append(r.ok())
                .append('}');
    }

    /** Replaces the contents of {@code out} with the doorbells.jsonl line of {@code r}, without the newline. */
    static AsciiLine doorbell(DoorbellRecord r, AsciiLine out) {
        return out.reset().append(SEQ).append(r.seq())
                .append(QUEUE).append(r.queue())
                .append(TAIL).append(r.tail())
                .append(CYCLE).append(r.cycle())
                .append(CPU).appendOrNull(r.cpu())
                .append(PREDICTED).append(r.predicted())
                .append('}');
    }

    private static Word first(String key) {
        return AsciiLine.word("{\"" + key + "\":");
    }

    private static Word next(String key) {
        return AsciiLine.word(",\"" + key + "\":");
    }
}
