package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nicsim.driver.NicRegisters.*;

import org.junit.jupiter.api.Test;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.ModelBus;
import org.nicsim.driver.DriverConfig;
import org.nicsim.driver.DriverException;
import org.nicsim.driver.NicBus;
import org.nicsim.driver.NicDriver;

/** The driver's attach and detach against the real NIC, checked through the registers it must program. */
class DriverAttachTest {
    private static final byte[] KEY = new byte[40];

    static NicBus bus(NicModel m) {
        return new ModelBus(m);
    }

    private static DriverConfig config(int queues) {
        for (int i = 0; i < 40; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
        return new DriverConfig(queues, 64, 32, 2048, 64, 2048, KEY, 0x29E, null, 0, 0);
    }

    @Test
    void attachProgramsRssRingsInterruptsAndEnables() {
        try (NicModel m = TestNics.open()) {
            NicDriver d = NicDriver.attach(bus(m), config(3));
            assertEquals(3, d.queues());
            assertEquals(16, d.hwQueues());
            assertEquals(0b11, m.mmioRead(CTRL), "RX and TX enabled");
            assertEquals(0b111, m.mmioRead(IRQ_MASK), "one interrupt per negotiated queue");
            assertEquals(0x29E, m.mmioRead(RSS_HASH_TYPES));
            assertEquals(0x01080f16, m.mmioRead(RSS_KEY_BASE), "key bytes 1, 8, 15, 22");
            // round-robin over 3 queues: entries 0,1,2,0 in RETA word 0
            assertEquals(0x00020100, m.mmioRead(RETA_BASE));
            for (int q = 0; q < 3; q++) {
                assertEquals(64, m.mmioRead(queueReg(q, RXQ_SIZE)));
                assertEquals(32, m.mmioRead(queueReg(q, RXQ_TAIL)), "32 buffers posted");
                assertEquals(64, m.mmioRead(queueReg(q, TXQ_SIZE)));
                assertEquals(0, m.mmioRead(queueReg(q, RXQ_BASE_LO)) & 0xFFF, "rings are page aligned");
            }
            assertEquals(0, m.mmioRead(queueReg(3, RXQ_SIZE)), "queues beyond the negotiated 3 stay off");
        }
    }

    @Test
    void detachDisablesTheNicResetsItAndReleasesHostMemory() {
        try (NicModel m = TestNics.open()) {
            NicDriver d = NicDriver.attach(bus(m), config(2));
            int used = d.hostMemoryUsed();
            d.detach();
            assertEquals(0, m.mmioRead(CTRL));
            assertEquals(0, m.mmioRead(IRQ_MASK));
            assertEquals(0, m.mmioRead(queueReg(0, RXQ_SIZE)), "soft reset cleared the rings");
            assertEquals(0, d.hostMemoryUsed(), "all " + used + " bytes released");
            assertThrows(IllegalStateException.class, () -> d.rxHarvest(0, 1));
            d.detach(); // idempotent
        }
    }

    @Test
    void attachRefusesSomethingThatIsNotTheNic() {
        try (NicModel m = NicModel.open(org.nicsim.bridge.NicModelOptions.builder().top("bridge_test_top")
                .hostMemoryBytes(1 << 16).build())) {
            DriverException e = assertThrows(DriverException.class, () -> NicDriver.attach(bus(m), config(1)));
            assertEquals(true, e.getMessage().contains("ID"), e.getMessage());
        }
    }
}
