package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.PropagationMode;
import org.nicsim.model.rss.HashType;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RssModel;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.model.rss.RxFlags;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.reliab.FuzzSettings;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/**
 * Random frames under random RSS configurations: every write-back of nic_top equals the Java
 * model's prediction (org.nicsim.model.rss: FrameClassifier rules C1..C14, hash-type selection
 * H1..H9, Toeplitz, RETA). One model serves the whole property; each try reprograms key, RETA,
 * enabled types and DEFAULT_QUEUE while RX is idle, then streams 20 frames back to back.
 *
 * <p>Frames: generator traffic (every kind, VLAN, fragments, IPv4 options, malformed kinds,
 * tuser), the same with 1-3 header bytes changed at random, cut at a random length, and pure
 * random bytes under an IPv4, IPv6, VLAN or random EtherType.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class RxRssProperties {
    private static final int FRAMES_PER_TRY = 20;
    private static final int BUFFER = 2048;

    private RxHarness h;

    @BeforeProperty
    void open() {
        h = RxHarness.open();
        h.filledRings(16, 32, BUFFER);
        h.rxEnable(true);
        h.sync();
    }

    @AfterProperty
    void close() {
        h.close();
    }

    /** A frame to send and whether tuser marks it bad. */
    record Sent(byte[] bytes, boolean bad) {
    }

    @Property(tries = 50)
    void writeBackMatchesTheJavaModel(@ForAll long seed) {
        Random r = new Random(seed);
        RssConfig config = randomConfig(r);
        program(config, r);
        RssModel model = new RssModel(config);

        List<Sent> frames = randomFrames(r);
        RxCounters before = h.counters();
        long first = h.injectedCount();
        long expectError = 0;
        long expectMalformed = 0;
        List<Long> expectDelivered = new ArrayList<>();
        for (Sent s : frames) {
            long seq = h.inject(s.bytes(), s.bad(), r.nextInt(8) == 0 ? r.nextInt(20) : 0);
            if (s.bad() || s.bytes().length < 14) {
                expectError++; // tuser or runt: dropped before classification matters
            } else {
                expectDelivered.add(seq);
                if (model.place(s.bytes()).classification().malformed()) {
                    expectMalformed++;
                }
            }
        }
        h.runUntilIdle();
        List<RxDelivery> got = h.harvest(); // also compares every buffer with the frame sent
        h.refill();

        assertEquals(expectDelivered, got.stream().map(RxDelivery::sequence).toList(), "frames delivered");
        for (RxDelivery d : got) {
            byte[] f = h.injected(d.sequence());
            RssPlacement p = model.place(f);
            RxWriteBack wb = d.writeBack();
            String what = "frame " + (d.sequence() - first) + " of the try (" + f.length + " bytes, "
                    + p.classification() + ", config " + config + ")";
            assertEquals(p.hashType().mHashType(), wb.hashType(), "hash type of " + what);
            assertEquals(Integer.toHexString(p.hash()), Integer.toHexString(wb.hash()), "hash of " + what);
            assertEquals(p.queue(), wb.queue(), "queue of " + what);
            assertEquals(p.classification().flags() | RxFlags.DD, wb.flags(), "flags of " + what);
            assertEquals(p.classification().vlanTci(), wb.vlanTci(), "TCI of " + what);
            assertEquals(f.length, wb.length(), "length of " + what);
        }
        RxCounters c = h.counters();
        assertEquals(new RxCounters(frames.size(), expectDelivered.size(), 0, expectError, expectMalformed),
                c.minus(before), "counter increments");
    }

    private static RssConfig randomConfig(Random r) {
        byte[] key = new byte[ToeplitzKey.LENGTH];
        r.nextBytes(key);
        ToeplitzKey k = r.nextInt(5) == 0 ? ToeplitzKey.DEFAULT : ToeplitzKey.of(key);
        int types = 0;
        for (int bit : new int[] {RssHashTypes.IPV4, RssHashTypes.TCP_IPV4, RssHashTypes.IPV6, RssHashTypes.TCP_IPV6,
                RssHashTypes.UDP_IPV4, RssHashTypes.UDP_IPV6}) {
            if (r.nextInt(10) < 7) {
                types |= bit;
            }
        }
        List<Integer> reta = new ArrayList<>();
        int spread = 1 + r.nextInt(16); // sometimes few queues, sometimes all 16
        for (int i = 0; i < Reta.SIZE; i++) {
            reta.add(r.nextInt(spread));
        }
        return new RssConfig(k, new RssHashTypes(types), Reta.of(reta, 16), r.nextInt(16));
    }

    private void program(RssConfig c, Random r) {
        h.key(c.key().toBytes());
        h.reta(c.reta().toArray());
        // reserved RSS_HASH_TYPES bits must not matter
        int reserved = r.nextBoolean() ? 0 : r.nextInt() & ~RssHashTypes.VALID;
        h.hashTypes(c.hashTypes().bits() | reserved);
        h.defaultQueue(c.defaultQueue());
        h.sync();
    }

    private static List<Sent> randomFrames(Random r) {
        TrafficSpec spec = new TrafficSpec(FRAMES_PER_TRY, 5 + r.nextInt(12), TrafficSpec.Mix.defaults(),
                new TrafficSpec.Sizes(14, r.nextBoolean() ? 200 : 1514), 0.3, 0.3, 0.3, 0.05);
        Iterator<GeneratedFrame> gen = new TrafficGenerator(spec, r.nextLong()).iterator();
        List<Sent> out = new ArrayList<>();
        while (gen.hasNext()) {
            GeneratedFrame g = gen.next();
            byte[] b = g.bytes();
            switch (r.nextInt(6)) {
                case 0 -> { // header bytes changed at random
                    int n = 1 + r.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        b[r.nextInt(Math.min(b.length, 90))] = (byte) r.nextInt(256);
                    }
                }
                case 1 -> b = Arrays.copyOf(b, 1 + r.nextInt(b.length)); // cut anywhere
                case 2 -> b = randomBytes(r);
                default -> { // as generated
                }
            }
            out.add(new Sent(b, g.badFrame()));
        }
        return out;
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[1 + r.nextInt(140)];
        r.nextBytes(b);
        if (b.length >= 14) {
            int et = switch (r.nextInt(4)) {
                case 0 -> 0x0800;
                case 1 -> 0x86DD;
                case 2 -> 0x8100;
                default -> r.nextInt(0x10000);
            };
            b[12] = (byte) (et >> 8);
            b[13] = (byte) et;
            int o = et == 0x8100 ? 18 : 14;
            if (et == 0x8100 && b.length >= 18 && r.nextBoolean()) {
                b[16] = (byte) (r.nextBoolean() ? 0x08 : 0x86);
                b[17] = (byte) (b[16] == 0x08 ? 0x00 : 0xDD);
            }
            if (b.length > o && r.nextBoolean()) { // plausible version and IHL nibbles
                b[o] = (byte) (r.nextBoolean() ? 0x45 + r.nextInt(3) : 0x60);
            }
        }
        return b;
    }

    /** Keeps the model's hash type names reachable in failure messages. */
    static String name(int mHashType) {
        return HashType.fromMHashType(mHashType).name();
    }
}
