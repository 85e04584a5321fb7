package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.run.TxHardware;
import org.nicsim.scoreboard.stage.FrameDigest;

/**
 * The TX stage monitor on the real RTL: every frame that leaves the NIC comes with its doorbell,
 * descriptor and bytes-sent records, all agreeing with what the host posted.
 */
class TxStageCoSimTest {

    @Test
    void everyForwardedFrameHasItsDoorbellDescriptorAndBytesRecorded() {
        CoSimRun run = CoSimRun.of("{\"seed\":5,\"cpus\":4,\"queues\":4,\"app\":\"forward\","
                + "\"traffic\":{\"packets\":60,\"flows\":8,\"mix\":{\"tcp4\":0.5,\"udp6\":0.5}}}");
        assertTrue(run.result.passed(), run.mismatches());
        List<byte[]> sent = run.transmitted();
        assertEquals(sent.size(), run.txStages.size(), "one TX stage report per transmitted frame");
        for (int i = 0; i < sent.size(); i++) {
            CoSimRun.TxStageReport r = run.txStages.get(i);
            assertNull(r.first(), String.valueOf(r.first()));
            TxHardware hw = r.hardware();
            assertNotNull(hw.doorbell(), "slot " + hw.index() + " has the TXQ_TAIL change that announced it");
            assertEquals(r.posted().doorbellTail(), hw.doorbell().after());
            assertEquals(TxHardware.FLAG_RS, hw.descriptor().flags());
            // the stream sink's copy of the frame, digested here, is what the monitor digested on the pins
            assertEquals(FrameDigest.of(sent.get(i)), hw.sent().digest());
            assertEquals(sent.get(i).length, hw.sent().length());
            assertTrue(r.source() >= 0, "a forwarded frame names the received frame it carries");
        }
    }

    @Test
    void severalDoorbellsInOneStartEachAnnounceTheirOwnSlots() {
        CoSimRun run = CoSimRun.of("{\"seed\":1,\"cpus\":4,\"queues\":4,\"app\":\"sink\",\"traffic\":{\"packets\":0},"
                + "\"ifq\":{\"stageCntMax\":8,\"txWregNsegs\":2},\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[64,64,64,64,64]}]}}");
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(5, run.txStages.size());
        List<Integer> tails = run.txStages.stream().map(r -> r.hardware().doorbell().after()).toList();
        assertEquals(List.of(2, 2, 4, 4, 5), tails);
    }
}
