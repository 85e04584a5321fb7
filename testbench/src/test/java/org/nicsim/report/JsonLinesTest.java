package org.nicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nicsim.run.DoorbellRecord;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;

/** The JSONL line formats of docs/outputs.md. */
class JsonLinesTest {
    @Test
    void deliveredPacketHasEveryField() {
        PacketRecord r = new PacketRecord(7, 64, 0x82, 0xFFFF_FFFEL, 0xFFFF_FFFEL, 126, 2, 2, 3, Fate.DELIVERED, true);
        assertEquals("{\"index\":7,\"len\":64,\"hashType\":130,\"hash\":4294967294,\"modelHash\":4294967294,"
                + "\"bucket\":126,\"queue\":2,\"ringCpu\":2,\"netisrCpu\":3,\"fate\":\"delivered\",\"ok\":true}", JsonLines.packet(r));
    }

    @Test
    void fieldsThatDoNotApplyAreNull() {
        PacketRecord r = new PacketRecord(0, 9, 0, null, 0, null, null, null, null, Fate.ERROR, true);
        assertEquals("{\"index\":0,\"len\":9,\"hashType\":0,\"hash\":null,\"modelHash\":0,\"bucket\":null,\"queue\":null,"
                + "\"ringCpu\":null,\"netisrCpu\":null,\"fate\":\"error\",\"ok\":true}", JsonLines.packet(r));
    }

    @Test
    void doorbellLine() {
        assertEquals("{\"seq\":3,\"queue\":1,\"tail\":17,\"cycle\":123456,\"cpu\":2,\"predicted\":false}",
                JsonLines.doorbell(new DoorbellRecord(3, 1, 17, 123456, 2, false)));
    }
}
