package org.nicsim.scoreboard;

import java.util.Arrays;
import java.util.List;
import org.nicsim.driver.RxCompletion;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RingMap;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RssModel;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.run.Fate;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Scenario;

/**
 * The receive side: the software RSS model predicts every injected frame's hash, hash type,
 * queue, flags and ring CPU; each write-back the driver harvests is compared with that
 * prediction, field by field, and with the bytes injected.
 */
final class RxCheck {
    private final Scoreboard scoreboard;
    private final RxTracker rx;
    private final RingMap modelRingMap;   // the model's if_ringmap, checked against the ring the driver serviced
    private final int rxBufferSize;
    private final int queues;
    private RssModel rss;
    long injected;
    long writtenBack;
    long malformedWrittenBack;

    RxCheck(Scenario sc, int rxBufferSize, int hashTypeBits, Scoreboard scoreboard, RunObserver observer) {
        this.scoreboard = scoreboard;
        this.queues = sc.queues();
        this.rxBufferSize = rxBufferSize;
        this.rx = new RxTracker(queues, observer);
        this.modelRingMap = sc.ringMap().cpus().isEmpty()
                ? RingMap.withOffset(queues, sc.cpus(), sc.ringMap().offset())
                : RingMap.of(sc.ringMap().cpus(), sc.cpus());
        this.rss = new RssModel(new RssConfig(ToeplitzKey.of(sc.rss().keyBytes()), new RssHashTypes(hashTypeBits),
                Reta.of(boxed(sc.retaTable()), queues), sc.rss().defaultQueue()));
    }

    RxTracker tracker() {
        return rx;
    }

    RssConfig rssConfig() {
        return rss.config();
    }

    void reprogram(RssConfig c) {
        rss = new RssModel(c);
    }

    /** A frame queued at the RX stream: predict where it goes (or that the NIC must drop it). */
    void injected(InjectedFrame f, long cycle) {
        byte[] b = f.bytes();
        RssPlacement p = rss.place(b);
        Fate drop = f.bad() || b.length < 14 || b.length > rxBufferSize ? Fate.ERROR : null;
        rx.injected(new RxFrame(f.index(), b, p, modelRingMap.cpu(p.queue()), drop, cycle));
        injected++;
    }

    /** A write-back harvested from ring {@code q} on {@code cpu}; null when no frame is outstanding for it. */
    RxFrame received(RxCompletion c, int q, int cpu, long cycle) {
        RxFrame f = rx.writtenBack(c.rxSequence(), q);
        if (f == null) {
            scoreboard.fail(new Mismatch(Check.RX_FATE, c.rxSequence(), cycle, "write-back on queue " + q,
                    "RX sequence " + c.rxSequence() + " written back", "no such frame outstanding (duplicate or never sent)"));
            return null;
        }
        scoreboard.pass(Check.RX_FATE);
        writtenBack++;
        checkWriteBack(f, c, q, cpu, cycle);
        return f;
    }

    private void checkWriteBack(RxFrame f, RxCompletion c, int q, int cpu, long cyc) {
        f.hwHash = Integer.toUnsignedLong(c.hash());
        f.hwHashType = c.hashType();
        f.hwQueue = q;
        f.ringCpu = cpu;
        f.cycle = cyc;
        RssPlacement m = f.model;
        int modelFlags = m.classification().flags();
        if ((modelFlags & 0x80) != 0) {
            malformedWrittenBack++;
        }
        boolean ok = expectHex(Check.RX_HASH, f.index, cyc, "hash", c.hash(), m.hash());
        ok &= expectHex(Check.RX_HASH_TYPE, f.index, cyc, "hashType", c.hashType(), m.hashType().mHashType());
        ok &= scoreboard.expect(Check.RX_QUEUE, f.index, cyc, "queue", q, m.queue());
        ok &= scoreboard.expect(Check.RX_QUEUE, f.index, cyc, "write-back queue byte", c.queue(), q);
        ok &= expectHex(Check.RX_FLAGS, f.index, cyc, "flags", c.flags() & ~RxCompletion.FLAG_DD, modelFlags);
        ok &= scoreboard.expect(Check.RX_FLAGS, f.index, cyc, "vlanTci", c.vlanTci(), m.classification().vlanTci());
        if (Arrays.equals(c.frame(), f.bytes)) {
            scoreboard.pass(Check.RX_DATA);   // the mismatch text is built only for a mismatch (per-frame path)
        } else {
            ok &= scoreboard.compare(Check.RX_DATA, false, f.index, cyc, "frame bytes",
                    c.length() + " bytes" + firstDifference(c.frame(), f.bytes), f.bytes.length + " bytes injected");
        }
        ok &= scoreboard.expect(Check.RING_CPU, f.index, cyc, "ring CPU", cpu, f.modelRingCpu);
        f.ok = ok;
    }

    /** Compares two 32-bit fields, formatting them as hex only for a mismatch (this runs per frame). */
    private boolean expectHex(Check check, long item, long cycle, String field, int hardware, int model) {
        if (hardware == model) {
            scoreboard.pass(check);
            return true;
        }
        return scoreboard.compare(check, false, item, cycle, field, String.format("0x%08x", hardware),
                String.format("0x%08x", model));
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return String.format(", first difference at byte %d: 0x%02x vs 0x%02x", i, a[i] & 0xFF, b[i] & 0xFF);
            }
        }
        return "";
    }

    static List<Integer> boxed(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
