package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.run.Fate;
import org.nicsim.scoreboard.Check;

/**
 * Where the driver puts frames in host memory changes what the NIC's DMA does, never what is
 * received or sent: rxBufferSize and txDataOffset (docs/cli.md).
 */
class HostLayoutTest {
    @Test
    void framesLongerThanTheRxBufferAreDroppedAsErrorsAndAccounted() {
        // 64..1514-byte frames into 1024-byte buffers: a good part is too long
        SimRun run = SimRun.of("{\"seed\":6,\"queues\":2,\"cpus\":2,\"app\":\"sink\",\"rxBufferSize\":1024,"
                + "\"traffic\":{\"packets\":200,\"malformed\":0,\"sizes\":{\"min\":64,\"max\":1514}}}", b -> b, (m, s) -> { });
        assertNotNull(run.result, run::mismatches);
        assertTrue(run.result.passed(), run::mismatches);
        long errors = run.result.fate(Fate.ERROR);
        assertTrue(errors > 20 && errors < 200, () -> errors + " error drops");
        assertEquals(200, run.result.fate(Fate.DELIVERED) + errors);
    }

    @Test
    void txFramesTwoBytesIntoTheirBuffersLeaveByteForByte() {
        SimRun run = SimRun.of("{\"seed\":2,\"queues\":1,\"cpus\":1,\"txDataOffset\":2,\"traffic\":{\"packets\":0},"
                + "\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[60,61,62,63,64,65,66,67,1513,1514]}]}}", b -> b, (m, s) -> { });
        assertNotNull(run.result, run::mismatches);
        assertTrue(run.result.passed(), run::mismatches);
        assertEquals(10, run.result.txFrames());
        assertEquals(10, run.result.scoreboard().passed(Check.TX_DATA));
    }
}
