package org.nicsim.scoreboard.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.run.StageFinding;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.StageFindings;

/**
 * A fault put into one RX or TX stage of the RTL is reported at that stage: the run fails, its
 * first diverging stage is the mutated one, and the check failures of that frame are grouped under
 * it. Each mutant is a Verilator build of its own (one to three minutes on a cold cache, more
 * under load), so the default suite builds the hash-input one and the nightly all of them.
 */
class RtlMutantStageTest {
    private static final String UDP6 = "{\"seed\":3,\"app\":\"sink\",\"traffic\":{\"packets\":40,\"flows\":8,"
            + "\"mix\":{\"udp6\":1.0}}}";
    private static final String FORWARD = "{\"seed\":3,\"app\":\"forward\",\"traffic\":{\"packets\":40,\"flows\":8,"
            + "\"mix\":{\"tcp4\":0.5,\"udp4\":0.5}}}";
    private static final String MIXED = "{\"seed\":3,\"app\":\"sink\",\"traffic\":{\"packets\":40,\"flows\":8,"
            + "\"mix\":{\"tcp4\":0.5,\"udp4\":0.5}}}";

    @TempDir
    Path dir;

    @Test
    void aUdpIpv6HashInputCutToThirtyTwoBytesIsTheHashInputStage() throws Exception {
        CoSimResult r = new RtlMutant("toeplitz_hash.sv", "htype = HTYPE_UDP_IPV6; nbytes = 6'd36;",
                "htype = HTYPE_UDP_IPV6; nbytes = 6'd32;").run(dir, UDP6);
        StageFinding f = firstStage(r, "rx.hash.input");
        assertEquals("32 bytes", f.hardware());
        assertEquals("36 bytes", f.model());
    }

    @Test
    @Tag("nightly")
    void aDestinationPortLeftHalfReadIsTheParserTupleAtTheDestinationPort() throws Exception {
        CoSimResult r = new RtlMutant("rx_parser.sv",
                "for (int k = 0; k < 4; k++) tuple[287 - 256 - 8*k -: 8] = l3[8*(40 + k) +: 8];",
                "for (int k = 0; k < 3; k++) tuple[287 - 256 - 8*k -: 8] = l3[8*(40 + k) +: 8];").run(dir, UDP6);
        StageFinding f = firstStage(r, "rx.parser.tuple");
        assertEquals("differ at byte 35 (destination port)", f.detail());
    }

    @Test
    @Tag("nightly")
    void aKeyWindowOffByOneBitIsTheToeplitzStage() throws Exception {
        CoSimResult r = new RtlMutant("toeplitz_hash.sv", "w[63 - b -: 32]",
                "w[62 - b -: 32]").run(dir, MIXED);
        firstStage(r, "rx.hash.toeplitz");
    }

    @Test
    @Tag("nightly")
    void aRetaIndexFromTheWrongHashBitsIsTheRetaBucketStage() throws Exception {
        CoSimResult r = new RtlMutant("rss_reta.sv", "wire [BW-1:0] bucket = in_hash[BW-1:0];",
                "wire [BW-1:0] bucket = in_hash[BW:1];").run(dir, MIXED);
        firstStage(r, "rx.reta.bucket");
    }

    @Test
    @Tag("nightly")
    void frameDataWrittenEightBytesPastTheBufferIsTheDmaAddressStage() throws Exception {
        CoSimResult r = new RtlMutant("rx_engine.sv", "cj_addr <= jq_dout[SW +: 64];",
                "cj_addr <= jq_dout[SW +: 64] + 64'd8;").run(dir, MIXED);
        StageFinding f = firstStage(r, "rx.dma.address");
        assertTrue(f.hardware().startsWith("data written at 0x"), f.toString());
    }

    @Test
    @Tag("nightly")
    void aTxDescriptorLengthReadFourBytesShortIsTheDescriptorLengthStage() throws Exception {
        CoSimResult r = new RtlMutant("tx_desc_fetch.sv", "dbeat_data[TXD_LEN_LSB +: 16], dlo}",
                "16'(dbeat_data[TXD_LEN_LSB +: 16] - 16'd4), dlo}").run(dir, FORWARD);
        StageFinding f = firstStage(r, "tx.desc.length");
        assertEquals(Integer.parseInt(f.model().split(" ")[0]) - 4, Integer.parseInt(f.hardware().split(" ")[0]),
                f.toString());
        assertTrue(StageFindings.consequences(f, r.scoreboard().firstMismatches()).stream()
                .anyMatch(m -> m.check() == Check.TX_DATA), "the short frame on the wire is grouped under it");
    }

    @Test
    @Tag("nightly")
    void txFrameDataReadEightBytesPastTheBufferIsTheBytesSentStage() throws Exception {
        CoSimResult r = new RtlMutant("tx_frame_dma.sv", "ar_addr    <= {ft_addr[a][AXI_ADDR_WIDTH-1:3], 3'b000};",
                "ar_addr    <= {ft_addr[a][AXI_ADDR_WIDTH-1:3], 3'b000} + 64'd8;").run(dir, FORWARD);
        StageFinding f = firstStage(r, "tx.bytes");
        assertTrue(f.detail().endsWith("same length, different bytes (buffer address or data path)"), f.toString());
    }

    /**
     * The run failed, every kept finding names {@code stage}, and the first check failure belongs
     * to a frame whose finding explains it.
     */
    private static StageFinding firstStage(CoSimResult r, String stage) {
        assertFalse(r.passed(), "a faulty NIC must fail the run");
        StageFindings st = r.scoreboard().stages();
        assertTrue(st.frames() > 0, "no stage diverged; first mismatches: " + r.scoreboard().firstMismatches());
        for (StageFinding f : st.first()) {
            assertEquals(stage, f.stage(), f.toString());
        }
        Mismatch m = r.scoreboard().firstMismatches().get(0);
        StageFinding f = st.of(m.item());
        assertTrue(f != null, "the first mismatch " + m + " has no stage finding: " + st.first());
        return f;
    }
}
