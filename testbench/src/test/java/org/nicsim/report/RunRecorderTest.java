package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;

/** The streamed JSONL files: one line per record, newline-terminated, in callback order. */
class RunRecorderTest {
    @TempDir
    Path dir;

    @Test
    void packetsFileHasOneLinePerRecordInOrder() throws IOException {
        try (RunRecorder r = RunRecorder.open(dir)) {
            r.packet(new PacketRecord(0, 64, 0x82, 5L, 5, 5, 1, 1, 2, Fate.DELIVERED, true));
            r.packet(new PacketRecord(1, 9, 0, null, 0, null, null, null, null, Fate.ERROR, true));
        }
        assertEquals("{\"index\":0,\"len\":64,\"hashType\":130,\"hash\":5,\"modelHash\":5,\"bucket\":5,\"queue\":1,"
                        + "\"ringCpu\":1,\"netisrCpu\":2,\"fate\":\"delivered\",\"ok\":true}\n"
                        + "{\"index\":1,\"len\":9,\"hashType\":0,\"hash\":null,\"modelHash\":0,\"bucket\":null,\"queue\":null,"
                        + "\"ringCpu\":null,\"netisrCpu\":null,\"fate\":\"error\",\"ok\":true}\n",
                Files.readString(dir.resolve(OutputFiles.PACKETS), StandardCharsets.UTF_8));
    }

    @Test
    void doorbellsFileHasOneLinePerRecordInOrder() throws IOException {
        try (RunRecorder r = RunRecorder.open(dir)) {
            r.doorbell(new DoorbellRecord(0, 3, 511, 1000, null, false));
            r.doorbell(new DoorbellRecord(1, 0, 2, 1016, 1, true));
        }
        assertEquals("{\"seq\":0,\"queue\":3,\"tail\":511,\"cycle\":1000,\"cpu\":null,\"predicted\":false}\n"
                        + "{\"seq\":1,\"queue\":0,\"tail\":2,\"cycle\":1016,\"cpu\":1,\"predicted\":true}\n",
                Files.readString(dir.resolve(OutputFiles.DOORBELLS), StandardCharsets.UTF_8));
    }
}
