package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Option validation names the offending field. */
class NicModelOptionsTest {
    private static void rejects(String field, NicModelOptions.Builder b) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @Test
    void defaultsAreNicTopWithFourMegabytesAtZero() {
        NicModelOptions o = NicModelOptions.defaults();
        assertEquals("nic_top", o.top());
        assertEquals(4 << 20, o.hostMemoryBytes());
        assertEquals(0, o.hostMemoryBase());
    }

    @Test
    void invalidFieldsAreRejectedByName() {
        rejects("hostMemoryBytes", NicModelOptions.builder().hostMemoryBytes(0));
        rejects("hostMemoryBase", NicModelOptions.builder().hostMemoryBase(-16).hostMemoryBytes(32));
        rejects("readLatency", NicModelOptions.builder().readLatency(-1));
        rejects("writeLatency", NicModelOptions.builder().writeLatency(2_000_000));
        rejects("maxOutstanding", NicModelOptions.builder().maxOutstanding(0));
        rejects("txBackpressure", NicModelOptions.builder().txBackpressure(1.0));
        rejects("txBackpressure", NicModelOptions.builder().txBackpressure(1 - 1e-9));   // rounds to 10^6 ppm
        rejects("txBackpressure", NicModelOptions.builder().txBackpressure(-0.1));
        rejects("mmioTimeoutCycles", NicModelOptions.builder().mmioTimeoutCycles(0));
        rejects("top", NicModelOptions.builder().top("../evil"));
    }

    @Test
    void theLargestBackpressureTheSinkCanDrawIsAccepted() {
        assertEquals(0.999999, NicModelOptions.builder().txBackpressure(0.999999).build().txBackpressure());
    }

    @Test
    void missingLibraryIsAClearError() {
        NicModelOptions o = NicModelOptions.builder().top("no_such_top").libraryDir(Path.of("/nonexistent")).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NicModel.open(o));
        assertTrue(e.getMessage().contains("libnicsim-no_such_top.so"), e.getMessage());
    }
}
