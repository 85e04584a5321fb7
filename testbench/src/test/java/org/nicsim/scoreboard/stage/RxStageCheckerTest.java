package org.nicsim.scoreboard.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nicsim.model.rss.Reta;
import org.nicsim.model.rss.RssConfig;
import org.nicsim.model.rss.RssHashTypes;
import org.nicsim.model.rss.RssModel;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.run.HardwareStages;
import org.nicsim.run.StageFinding;

/**
 * The first diverging stage of one frame, with the hardware's stage records built by hand from a
 * correct run's values and then broken at one stage: only that stage may be named.
 */
class RxStageCheckerTest {
    private static final RssModel MODEL = new RssModel(
            new RssConfig(ToeplitzKey.DEFAULT, RssHashTypes.ALL, Reta.roundRobin(4), 0));
    /** UDP/IPv6 2001:db8::1 port 1000 -> 2001:db8::2 port 53. */
    private static final RssPlacement UDP6 = MODEL.place(udp6());

    /** Ethernet, IPv6 (payload 8, next header UDP), UDP ports 1000 -> 53, written out by hand. */
    private static byte[] udp6() {
        byte[] f = new byte[14 + 40 + 8];
        f[12] = (byte) 0x86;
        f[13] = (byte) 0xdd;
        f[14] = 0x60;
        f[19] = 8;      // payload length
        f[20] = 17;     // next header UDP
        f[21] = 64;
        byte[] prefix = {0x20, 0x01, 0x0d, (byte) 0xb8};
        System.arraycopy(prefix, 0, f, 22, 4);
        f[37] = 1;      // 2001:db8::1
        System.arraycopy(prefix, 0, f, 38, 4);
        f[53] = 2;      // 2001:db8::2
        f[54] = 0x03;
        f[55] = (byte) 0xe8;   // 1000
        f[57] = 53;
        f[59] = 8;      // UDP length
        return f;
    }

    /** What a correct NIC records for {@link #UDP6}. */
    private static HardwareStages correct() {
        byte[] tuple = Arrays.copyOf(UDP6.hashInput(), 36);
        return new HardwareStages(3, new HardwareStages.Parser(100, UDP6.classification().flags(), 0,
                UDP6.hashType().mHashType(), 36, tuple), new HardwareStages.Hash(102, UDP6.unsignedHash(), 0x89),
                new HardwareStages.Reta(103, UDP6.bucket(), UDP6.queue()),
                new HardwareStages.Dma(110, UDP6.queue(), 0x10000, 0x20000, 0x20000));
    }

    @Test
    void aCorrectFrameHasNoDivergence() {
        assertNull(RxStageChecker.firstDivergence(correct(), UDP6));
    }

    @Test
    void aWrongDestinationPortIsTheParserTupleAtItsLastByte() {
        HardwareStages hw = correct();
        byte[] t = hw.parser().tuple();
        t[35] ^= 1;
        HardwareStages.Parser p = hw.parser();
        StageFinding f = RxStageChecker.firstDivergence(hw.with(new HardwareStages.Parser(p.cycle(), p.flags(),
                p.vlanTci(), p.hashType(), p.inputLength(), t)).with(new HardwareStages.Hash(102, 1, 0x89)), UDP6);
        assertEquals("rx.parser.tuple", f.stage(), "the hash differs too, but the tuple comes first");
        assertEquals("differ at byte 35 (destination port)", f.detail());
        assertEquals(100, f.cycle());
    }

    @Test
    void aShortHashInputIsTheHashInputStageWithBothLengths() {
        HardwareStages hw = correct();
        HardwareStages.Parser p = hw.parser();
        StageFinding f = RxStageChecker.firstDivergence(hw.with(new HardwareStages.Parser(p.cycle(), p.flags(),
                p.vlanTci(), p.hashType(), 32, p.tuple())).with(new HardwareStages.Hash(102, 1, 0x89)), UDP6);
        assertEquals("rx.hash.input", f.stage());
        assertEquals("32 bytes", f.hardware());
        assertEquals("36 bytes", f.model());
    }

    @Test
    void aWrongHashOverTheRightInputIsTheToeplitzStage() {
        StageFinding f = RxStageChecker.firstDivergence(correct().with(new HardwareStages.Hash(102, 0x1234, 0x89)), UDP6);
        assertEquals("rx.hash.toeplitz", f.stage());
        assertEquals("0x00001234", f.hardware());
    }

    @Test
    void aWrongBucketForTheRightHashIsTheRetaIndex() {
        StageFinding f = RxStageChecker.firstDivergence(correct().with(
                new HardwareStages.Reta(103, (UDP6.bucket() + 1) & 127, UDP6.queue())), UDP6);
        assertEquals("rx.reta.bucket", f.stage());
    }

    @Test
    void dataWrittenAwayFromTheDescriptorsBufferIsTheDmaAddress() {
        StageFinding f = RxStageChecker.firstDivergence(correct().with(
                new HardwareStages.Dma(110, UDP6.queue(), 0x10000, 0x20000, 0x20008)), UDP6);
        assertEquals("rx.dma.address", f.stage());
        assertEquals("data written at 0x20008", f.hardware());
        assertEquals("buffer 0x20000", f.model());
    }

    @Test
    void tupleFieldsFollowTheToeplitzInputLayout() {
        assertEquals("source address", FrameFields.tupleField(12, 3));
        assertEquals("destination address", FrameFields.tupleField(12, 4));
        assertEquals("source port", FrameFields.tupleField(12, 9));
        assertEquals("destination port", FrameFields.tupleField(12, 10));
        assertEquals("destination address", FrameFields.tupleField(36, 31));
        assertEquals("source port", FrameFields.tupleField(36, 32));
        assertEquals("destination port", FrameFields.tupleField(36, 34));
    }
}
