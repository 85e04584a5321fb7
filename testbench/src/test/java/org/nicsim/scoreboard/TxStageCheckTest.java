package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.host.TxPacket;
import org.nicsim.run.RunObserver;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;
import org.nicsim.scoreboard.stage.FrameDigest;

/**
 * The TX stages of one descriptor slot against what the host posted: the stage monitor's records
 * are written by hand as a correct NIC makes them (the TXQ_TAIL change, the scheduled descriptor
 * with RS, the frame's length and digest on the wire), then broken at one stage, which alone is
 * named.
 */
class TxStageCheckTest {
    private static final int RING = 8;
    private static final byte[] FRAME = new byte[60];

    private final Scoreboard scoreboard = new Scoreboard();
    private final List<StageFinding> reported = new ArrayList<>();
    private final TxTracker tx = new TxTracker(2, scoreboard);
    private final TxStageCheck check = new TxStageCheck(2, RING, scoreboard, new RunObserver() {
        @Override
        public void txStages(long source, TxHardware hardware, TxPosted posted, StageFinding first) {
            reported.add(first);
        }
    }, tx);

    /** The host posts FRAME (forwarding received frame 7) in slot 0 of queue 1 and rings tail 1. */
    private void postOne() {
        check.posted(1, tx.posted(1, new TxPacket(7, FRAME)));
        check.driverRang(1, 1);
    }

    @Test
    void fnv1aDigestMatchesThePublishedValues() {
        assertEquals(0xcbf29ce484222325L, FrameDigest.of(new byte[0]));
        assertEquals(0xaf63dc4c8601ec8cL, FrameDigest.of("a".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aSlotTheNicFetchesAndSendsAsPostedHasNoDivergence() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 1, 0, 1));
        check.descriptor(new TxHardware.Descriptor(120, 1, 0, 0x4000, 60, TxHardware.FLAG_RS));
        check.sent(new TxHardware.Sent(140, 1, 0, 60, FrameDigest.of(FRAME)));
        assertEquals(0, scoreboard.stages().frames());
        assertTrue(scoreboard.clean());
        assertEquals(1, reported.size());
    }

    @Test
    void aDescriptorLengthThatDiffersIsTheDescriptorLengthStage() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 1, 0, 1));
        check.descriptor(new TxHardware.Descriptor(120, 1, 0, 0x4000, 56, TxHardware.FLAG_RS));
        check.sent(new TxHardware.Sent(140, 1, 0, 56, 0));
        StageFinding f = only();
        assertEquals("tx.desc.length", f.stage());
        assertEquals(7, f.frame());
        assertEquals("56 bytes", f.hardware());
        assertEquals("60 bytes", f.model());
        assertEquals(0, scoreboard.failed(Check.TX_DATA),
                "the short frame on the wire fails the TX data check itself: the stage adds no second failure");
    }

    @Test
    void aDescriptorFetchedWithoutItsDoorbellIsTheDoorbellStage() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 0, 0, 1));   // the tail went to queue 0
        check.descriptor(new TxHardware.Descriptor(120, 1, 0, 0x4000, 60, TxHardware.FLAG_RS));
        StageFinding f = only();
        assertEquals("tx.doorbell", f.stage());
        assertEquals("driver wrote TXQ_TAIL[1] = 1", f.model());
        assertEquals(1, scoreboard.failed(Check.TX_DATA), "a frame fetched without its doorbell may still be sent right");
    }

    @Test
    void aBadDescriptorIsTheFlagsStage() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 1, 0, 1));
        check.descriptor(new TxHardware.Descriptor(120, 1, 0, 0x4000, 60, TxHardware.FLAG_RS | TxHardware.FLAG_BAD));
        assertEquals("tx.desc.flags", only().stage());
        assertEquals(1, reported.size(), "a skipped descriptor is reported at once: it is never sent");
    }

    @Test
    void framesBytesThatDifferAtTheRightLengthAreTheBytesStage() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 1, 0, 1));
        check.descriptor(new TxHardware.Descriptor(120, 1, 0, 0x4000, 60, TxHardware.FLAG_RS));
        check.sent(new TxHardware.Sent(140, 1, 0, 60, 12345));
        StageFinding f = only();
        assertEquals("tx.bytes", f.stage());
        assertTrue(f.detail().contains("same length, different bytes"), f.detail());
    }

    @Test
    void eachSlotIsAnnouncedByTheDriverWriteThatCoversIt() {
        // one if_start posts three frames and writes the tail after two of them, then at the end
        for (int i = 0; i < 3; i++) {
            check.posted(0, tx.posted(0, new TxPacket(i, FRAME)));
        }
        check.driverRang(0, 2);
        check.driverRang(0, 3);
        check.doorbell(new TxHardware.Doorbell(100, 0, 0, 2));
        check.doorbell(new TxHardware.Doorbell(104, 0, 2, 3));
        for (int i = 0; i < 3; i++) {
            check.descriptor(new TxHardware.Descriptor(120 + i, 0, i, 0x4000, 60, TxHardware.FLAG_RS));
        }
        assertEquals(0, scoreboard.stages().frames(), String.valueOf(scoreboard.stages().first()));
    }

    @Test
    void aDoorbellAnnouncesTheOldestLapOfASlotWhenTheNextLapIsAlreadyPosted() {
        // ring of 8: slots 0..6 rung with tail 7; the host reclaims and posts slots 7, 0, 1 (tail 2)
        // before the stage records of the first lap reach the check
        for (int i = 0; i < 10; i++) {
            check.posted(0, tx.posted(0, new TxPacket(i, FRAME)));
            if (i == 6) {
                check.driverRang(0, 7);
            }
        }
        check.driverRang(0, 2);
        check.doorbell(new TxHardware.Doorbell(100, 0, 0, 7));
        for (int i = 0; i < 7; i++) {
            check.descriptor(new TxHardware.Descriptor(120 + i, 0, i, 0x4000, 60, TxHardware.FLAG_RS));
        }
        check.doorbell(new TxHardware.Doorbell(300, 0, 7, 2));
        for (int i = 7; i < 10; i++) {
            check.descriptor(new TxHardware.Descriptor(300 + i, 0, i & 7, 0x4000, 60, TxHardware.FLAG_RS));
        }
        assertEquals(0, scoreboard.stages().frames(), String.valueOf(scoreboard.stages().first()));
    }

    @Test
    void aDescriptorFromTheWrongSlotIsTheIndexStage() {
        postOne();
        check.doorbell(new TxHardware.Doorbell(100, 1, 0, 1));
        check.descriptor(new TxHardware.Descriptor(120, 1, 5, 0x4000, 60, TxHardware.FLAG_RS));
        StageFinding f = only();
        assertEquals("tx.desc.index", f.stage());
        assertEquals("slot 5", f.hardware());
    }

    private StageFinding only() {
        assertEquals(1, scoreboard.stages().frames(), String.valueOf(scoreboard.stages().first()));
        assertTrue(!scoreboard.clean(), "a diverging stage fails the run");
        return scoreboard.stages().first().get(0);
    }
}
