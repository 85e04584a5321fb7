package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.CTRL;
import static org.nicsim.driver.NicRegisters.DEFAULT_QUEUE;
import static org.nicsim.driver.NicRegisters.RSS_HASH_TYPES;
import static org.nicsim.driver.NicRegisters.RX_DELIVERED;
import static org.nicsim.driver.NicRegisters.retaWord;
import static org.nicsim.driver.NicRegisters.rssKeyWord;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;

/**
 * Non-default keys and RETAs, and reprogramming while traffic flows. The rule under test
 * (rx-rtl.md): a frame uses CTRL.RX_EN, RSS_KEY, RSS_HASH_TYPES, RETA and DEFAULT_QUEUE as they
 * are in the cycle its last beat is accepted, so a register write that completes before frame
 * N+1's last beat applies to N+1 and never to N, even though N is still being hashed and DMAed.
 *
 * <p>Expected hashes are hand-worked from the Toeplitz definition: with a key whose only 1 bit is
 * key bit p (bit 0 = MSB of key byte 0), input bit i XORs in the window of key bits i..i+31, which
 * holds key bit p at hash bit 31-(p-i). So the hash is the 32 input bits p-31..p, bit-reversed:
 * p = 63 gives reverse(input bytes 4..7) = reverse(IPv4 destination address); p = 95 gives
 * reverse(input bytes 8..11) = reverse(source port << 16 | destination port); p = 55 gives
 * reverse(input bytes 3..6). Toeplitz is linear in the key, so several bits XOR their terms.
 */
class RxReprogramTest {
    private static final int ALL_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9;
    private static final int IPV4_ONLY = 1 << 1;

    private RxHarness h;
    private final List<BridgeEvent> events = new ArrayList<>();

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.hashTypes(ALL_TYPES);
        h.filledRings(16, 32, 2048);
        h.rxEnable(true);
        h.sync();
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** A key whose only set bits are the given key bit positions. */
    static byte[] keyWithBits(int... bits) {
        byte[] k = new byte[40];
        for (int p : bits) {
            k[p / 8] |= (byte) (0x80 >>> (p % 8));
        }
        return k;
    }

    static int ipv4(String dotted) {
        int v = 0;
        for (String part : dotted.split("\\.")) {
            v = v << 8 | Integer.parseInt(part);
        }
        return v;
    }

    static int[] reta(java.util.function.IntUnaryOperator f) {
        int[] r = new int[128];
        for (int i = 0; i < 128; i++) {
            r[i] = f.applyAsInt(i);
        }
        return r;
    }

    // ------------------------------------------------------------------ hand-worked keys

    @Test
    void keyBit63HashesToTheReversedIpv4Destination() {
        h.key(keyWithBits(63));
        h.reta(reta(i -> i % 16));
        RxWriteBack wb = h.deliverOne(RxFrames.tcp4("10.1.2.3", "192.168.200.77", 1111, 2222, 64)).writeBack();
        int hash = Integer.reverse(ipv4("192.168.200.77"));
        assertEquals(Integer.toHexString(hash), Integer.toHexString(wb.hash()));
        assertEquals((hash & 127) % 16, wb.queue());
    }

    @Test
    void keyBit95HashesToTheReversedPortsAndToZeroForAddressOnlyInput() {
        h.key(keyWithBits(95));
        h.reta(reta(i -> 15 - i % 16));
        h.defaultQueue(3);
        h.sync();
        RxWriteBack tcp = h.deliverOne(RxFrames.tcp4("10.1.2.3", "10.4.5.6", 0xBEEF, 0x0050, 64)).writeBack();
        assertEquals(Integer.toHexString(Integer.reverse(0xBEEF_0050)), Integer.toHexString(tcp.hash()));
        h.hashTypes(IPV4_ONLY); // 8-byte input: key bit 95 is only reached by input bits 64..95
        h.sync();
        RxWriteBack l3 = h.deliverOne(RxFrames.tcp4("10.1.2.3", "10.4.5.6", 0xBEEF, 0x0050, 64)).writeBack();
        assertEquals(0x81, l3.hashType());
        assertEquals(0, l3.hash(), "a hash of 0 is still a hash: type stays RSS_IPV4");
        assertEquals(15, l3.queue(), "bucket 0 -> RETA[0], not DEFAULT_QUEUE");
    }

    @Test
    void keyBitsAreLinearAcrossTheWholeKeyWidth() {
        // bits 63 and 95 XOR their terms; bit 287 (key byte 35) reaches the IPv6 ports, input bytes 32..35
        h.key(keyWithBits(63, 95, 287));
        h.reta(reta(i -> i % 16));
        h.sync();
        RxWriteBack v4 = h.deliverOne(RxFrames.tcp4("1.2.3.4", "5.6.7.8", 0x1234, 0x5678, 64)).writeBack();
        assertEquals(Integer.toHexString(Integer.reverse(0x05060708) ^ Integer.reverse(0x1234_5678)),
                Integer.toHexString(v4.hash()), "IPv4: dst term ^ ports term; input bytes 32..35 absent");
        RxVectors.Vector v = RxVectors.load().vectors().get(5);
        RxWriteBack v6 = h.deliverOne(RxFrames.of(v, RxFrames.L4.UDP)).writeBack();
        byte[] src = v.src().getAddress();
        int srcWord1 = (src[4] & 0xFF) << 24 | (src[5] & 0xFF) << 16 | (src[6] & 0xFF) << 8 | (src[7] & 0xFF);
        byte[] dst = v.dst().getAddress();
        int dstWord0 = (dst[0] & 0xFF) << 24 | (dst[1] & 0xFF) << 16 | (dst[2] & 0xFF) << 8 | (dst[3] & 0xFF);
        // IPv6 input: bytes 4..7 = source[4..7], bytes 8..11 = source[8..11], bytes 32..35 = ports
        int srcWord2 = (src[8] & 0xFF) << 24 | (src[9] & 0xFF) << 16 | (src[10] & 0xFF) << 8 | (src[11] & 0xFF);
        int expected = Integer.reverse(srcWord1) ^ Integer.reverse(srcWord2)
                ^ Integer.reverse(v.srcPort() << 16 | v.dstPort());
        assertEquals(Integer.toHexString(expected), Integer.toHexString(v6.hash()), "IPv6 UDP; dst " + dstWord0
                + " does not enter");
    }

    // ------------------------------------------------------------------ reprogramming mid-stream

    @Test
    void keyAndRetaRewrittenDuringAGapApplyFromTheFirstFrameAfterTheGap() {
        byte[] keyA = keyWithBits(63);
        byte[] keyB = keyWithBits(95);
        int[] retaA = reta(i -> (i * 7 + 1) % 16);
        int[] retaB = reta(i -> (i / 8 + 5) % 16);
        h.key(keyA);
        h.reta(retaA);
        h.sync();
        int n = 40;
        int gapFrame = 20;
        int[] dst = new int[n];
        int[] ports = new int[n];
        for (int i = 0; i < n; i++) {
            dst[i] = ipv4("172.16." + (i * 37 % 256) + "." + (i * 91 % 256));
            ports[i] = (1000 + 13 * i) << 16 | (80 + i);
            String d = (dst[i] >>> 24) + "." + (dst[i] >>> 16 & 255) + "." + (dst[i] >>> 8 & 255) + "." + (dst[i] & 255);
            // the last frames before the gap are long: their DMA (store and forward, ~190 W beats
            // after the last beat) is still running while the 42 register writes (~130 cycles) land
            int length = i >= gapFrame - 3 && i < gapFrame ? 1514 : 64;
            h.inject(RxFrames.tcp4("10.0.0.1", d, ports[i] >>> 16, ports[i] & 0xFFFF, length), false,
                    i == gapFrame ? 600 : 0);
        }
        runUntilAccepted(gapFrame - 1);
        h.key(keyB);
        h.reta(retaB);
        h.sync();
        long writesDone = h.nic().cycle();
        long deliveredAtWrite = Integer.toUnsignedLong(h.read(RX_DELIVERED));
        h.runUntilIdle();
        events.addAll(h.drainEvents());
        assertTrue(acceptedCycle(gapFrame) > writesDone, "the gap outlasted the 42 register writes");
        assertTrue(deliveredAtWrite < gapFrame, "frames before the gap were still in flight during the writes ("
                + deliveredAtWrite + " delivered)");

        List<RxDelivery> got = h.harvest();
        assertEquals(n, got.size());
        for (RxDelivery d : got) {
            int i = (int) d.sequence();
            boolean before = i < gapFrame;
            int hash = Integer.reverse(before ? dst[i] : ports[i]);
            int queue = (before ? retaA : retaB)[hash & 127];
            assertEquals(Integer.toHexString(hash), Integer.toHexString(d.writeBack().hash()), "hash of frame " + i);
            assertEquals(queue, d.writeBack().queue(), "queue of frame " + i);
        }
    }

    /**
     * One register write, issued in the cycle after frame K's last beat was accepted. Measured: the
     * write's response comes 3 cycles after that last beat (frame K is then between the parser and
     * the Toeplitz stage, 5 cycles from its queue decision) and 5 cycles before frame K+1's last
     * beat; so frame K must still see the old value and K+1 the new one.
     */
    enum Change {
        HASH_TYPES, KEY_WORD, RETA_WORD, DEFAULT_QUEUE, RX_DISABLE
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void writeRightAfterALastBeatAppliesToTheNextFrameAndNotToTheOneBeingHashed(Change change) {
        // key bit 63: hash = reverse(dst) for both the 12-byte and the 8-byte IPv4 input
        h.key(keyWithBits(63));
        int[] reta = reta(i -> i % 16);
        h.reta(reta);
        h.defaultQueue(2);
        h.sync();
        byte[] frame = change == Change.DEFAULT_QUEUE ? RxFrames.arp()
                : RxFrames.tcp4("10.9.8.7", "192.168.7.9", 5000, 443, 64);
        int hashA = Integer.reverse(ipv4("192.168.7.9"));
        int bucket = hashA & 127;
        // key word 1 = 0x00000100 moves the single key bit from 63 to 55: reverse(input bytes 3..6)
        int hashB = Integer.reverse(7 << 24 | 192 << 16 | 168 << 8 | 7);
        int n = 12;
        int k = 5;
        for (int i = 0; i < n; i++) {
            h.inject(frame);
        }
        runUntilAccepted(k);
        switch (change) {
            case HASH_TYPES -> h.write(RSS_HASH_TYPES, IPV4_ONLY);
            case KEY_WORD -> h.write(rssKeyWord(1), 0x0000_0100);
            case RETA_WORD -> h.write(retaWord(bucket / 4), 9 << 8 * (bucket % 4));
            case DEFAULT_QUEUE -> h.write(DEFAULT_QUEUE, 12);
            case RX_DISABLE -> h.write(CTRL, 0);
        }
        h.nic().mmioDrain(1000);
        List<BridgeEvent> duringWrite = h.drainEvents();
        events.addAll(duringWrite);
        long writeDone = duringWrite.stream().filter(e -> e.kind() == EventKind.MMIO_IDLE)
                .mapToLong(BridgeEvent::cycle).max().orElseThrow();
        h.runUntilIdle();
        events.addAll(h.drainEvents());
        assertTrue(writeDone < acceptedCycle(k + 1),
                "the write completed (cycle " + writeDone + ") before frame " + (k + 1) + "'s last beat (cycle "
                        + acceptedCycle(k + 1) + "), 8 cycles after frame " + k + "'s (cycle " + acceptedCycle(k) + ")");

        List<RxDelivery> got = h.harvest();
        RxCounters c = h.counters();
        if (change == Change.RX_DISABLE) {
            assertEquals(k + 1, got.size(), "frames 0..K delivered");
            assertEquals(n - k - 1, c.nobuf(), "frames after K dropped as RX disabled");
            assertEquals(n - k - 1, h.ring(bucket % 16).drops(), "RXQ_DROPS of the frames' queue");
            return;
        }
        assertEquals(n, got.size());
        for (RxDelivery d : got) {
            boolean old = d.sequence() <= k;
            RxWriteBack wb = d.writeBack();
            String what = change + ", frame " + d.sequence();
            switch (change) {
                case HASH_TYPES -> assertEquals(old ? 0x82 : 0x81, wb.hashType(), what);
                case KEY_WORD -> assertEquals(Integer.toHexString(old ? hashA : hashB), Integer.toHexString(wb.hash()), what);
                case RETA_WORD -> assertEquals(old ? reta[bucket] : 9, wb.queue(), what);
                case DEFAULT_QUEUE -> assertEquals(old ? 2 : 12, wb.queue(), what);
                default -> throw new IllegalStateException();
            }
        }
    }

    private void runUntilAccepted(long seq) {
        long start = h.nic().cycle();
        while (events.stream().noneMatch(e -> e.kind() == EventKind.RX_ACCEPTED && e.value() == seq)) {
            if (h.nic().cycle() - start > 100_000) {
                throw new AssertionError("frame " + seq + " not accepted within 100000 cycles");
            }
            h.nic().run(100_000, EventKind.RX_ACCEPTED.bit());
            events.addAll(h.drainEvents());
        }
    }

    private long acceptedCycle(long seq) {
        return events.stream().filter(e -> e.kind() == EventKind.RX_ACCEPTED && e.value() == seq)
                .mapToLong(BridgeEvent::cycle).findFirst().orElseThrow(() -> new AssertionError("frame " + seq
                        + " never accepted"));
    }
}
