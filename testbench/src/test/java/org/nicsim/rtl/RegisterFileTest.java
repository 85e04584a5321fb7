package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.driver.NicRegisters.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nicsim.bridge.NicModel;

/**
 * The register file of nic_top against docs/registers.md, through the bridge's AXI4-Lite master and
 * the real Verilator model. Expected values are the document's, written out here.
 */
class RegisterFileTest {
    private NicModel nic;

    @BeforeEach
    void open() {
        nic = TestNics.open();
    }

    @AfterEach
    void close() {
        nic.close();
    }

    private int rd(int addr) {
        return nic.mmioRead(addr);
    }

    private void wr(int addr, int value) {
        nic.mmioWrite(addr, value);
    }

    @Test
    void identityRegistersReadTheirDocumentedValues() {
        assertEquals(0x4E494353, rd(0x0000), "ID is \"NICS\"");
        assertEquals(1, rd(0x0004) >>> 16, "VERSION major");
        // CAPS: [7:0] NUM_QUEUES 16, [15:8] log2 RETA size 7, [23:16] key bytes 40
        assertEquals(16 | 7 << 8 | 40 << 16, rd(0x0008));
    }

    @Test
    void everyReadWriteRegisterResetsToZero() {
        int[] zeroAtReset = {0x000C, 0x0014, 0x0018, 0x001C, 0x0020, 0x0024};
        for (int a : zeroAtReset) {
            assertEquals(0, rd(a), String.format("register 0x%04x at reset", a));
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(0, rd(0x0040 + 4 * i), "RSS_KEY[" + i + "] at reset");
        }
        for (int i = 0; i < 32; i++) {
            assertEquals(0, rd(0x0100 + 4 * i), "RETA[" + i + "] at reset");
        }
        for (int q = 0; q < 16; q++) {
            for (int off = 0; off < 0x40; off += 4) {
                if (off == 0x1C) {
                    continue; // unmapped hole in the queue block
                }
                assertEquals(0, rd(0x1000 + 0x40 * q + off), String.format("queue %d offset 0x%02x at reset", q, off));
            }
        }
    }

    @Test
    void statusReportsBothDatapathsIdleAfterReset() {
        assertEquals(0b11, rd(0x0010) & 0b11);
    }

    @Test
    void countersReadZeroBeforeAnyTraffic() {
        for (int a = 0x0200; a <= 0x0214; a += 4) {
            assertEquals(0, rd(a), String.format("counter 0x%04x", a));
        }
        assertEquals(0, rd(0x021C), "DMA_FAULTS");
    }

    @Test
    void scratchHoldsAnyValue() {
        for (int v : new int[] {0xFFFFFFFF, 0xA5A5_5A5A, 0x8000_0001, 0}) {
            wr(0x0014, v);
            assertEquals(v, rd(0x0014));
        }
    }

    @Test
    void readOnlyRegistersIgnoreWrites() {
        int[] ro = {0x0000, 0x0004, 0x0008, 0x0010, 0x0200, 0x0204, 0x0208, 0x020C, 0x0210, 0x0214, 0x021C};
        int[] before = new int[ro.length];
        for (int i = 0; i < ro.length; i++) {
            before[i] = rd(ro[i]);
        }
        for (int a : ro) {
            wr(a, 0x1234_5678);
        }
        for (int i = 0; i < ro.length; i++) {
            assertEquals(before[i], rd(ro[i]), String.format("read-only 0x%04x after a write", ro[i]));
        }
    }

    @Test
    void reservedBitsReadZeroAndIgnoreWrites() {
        wr(0x000C, 0x7FFF_FFFC);             // CTRL: no defined bit set
        assertEquals(0, rd(0x000C));
        wr(0x0020, 0xFFFF_FFFF);             // RSS_HASH_TYPES: bits 1,2,3,4,7,9 exist
        assertEquals(1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9, rd(0x0020));
        wr(0x0024, 0xFFFF_FFFF);             // DEFAULT_QUEUE [3:0]
        assertEquals(0xF, rd(0x0024));
        wr(0x001C, 0xFFFF_FFFF);             // IRQ_MASK: one bit per queue, 16 queues
        assertEquals(0xFFFF, rd(0x001C));
        wr(0x0100, 0xFFFF_FFFF);             // RETA word: four 4-bit entries, one per byte
        assertEquals(0x0F0F_0F0F, rd(0x0100));
    }

    @Test
    void ctrlEnableBitsAreReadWrite() {
        wr(0x000C, 0b01);
        assertEquals(0b01, rd(0x000C));
        wr(0x000C, 0b10);
        assertEquals(0b10, rd(0x000C));
        wr(0x000C, 0b11);
        assertEquals(0b11, rd(0x000C));
    }

    @Test
    void rssKeyWordsHoldTheKeyMostSignificantByteFirst() {
        // Microsoft key: word 0 = 6d 5a 56 da, word 9 = be ac 01 fa
        byte[] key = hex("6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa");
        for (int i = 0; i < 10; i++) {
            wr(rssKeyWord(i), packKeyWord(key, i));
        }
        assertEquals(0x6d5a56da, rd(0x0040));
        assertEquals(0x255b0ec2, rd(0x0044));
        assertEquals(0xbeac01fa, rd(0x0064));
    }

    @Test
    void retaEntryNLivesInByteNMod4OfWordNDiv4() {
        // entry 5 = 9 -> word 1, bits [11:8]; entry 127 = 3 -> word 31, bits [27:24]
        wr(0x0104, 9 << 8);
        wr(0x017C, 3 << 24);
        assertEquals(0x0000_0900, rd(0x0104));
        assertEquals(0x0300_0000, rd(0x017C));
        int[] reta = new int[128];
        reta[5] = 9;
        reta[127] = 3;
        assertEquals(0x0000_0900, packRetaWord(reta, 1));
        assertEquals(0x0300_0000, packRetaWord(reta, 31));
    }

    @ParameterizedTest(name = "address 0x{0}")
    @ValueSource(strings = {"0028", "003C", "0068", "0180", "0220", "0FFC", "101C", "105C", "1400", "2000", "FFFC"})
    void unmappedAddressesReadDeadbeef(String hexAddr) {
        assertEquals(0xDEADBEEF, rd(Integer.parseInt(hexAddr, 16)));
    }

    @Test
    void unmappedWritesAreIgnoredButCounted() {
        wr(0x0028, 1);
        wr(0x1400, 2);
        wr(0x0014, 3);
        assertEquals(0xDEADBEEF, rd(0x0028));
        assertEquals(3, rd(0x0218), "MMIO_WRITES counts every accepted write, mapped or not");
    }

    @Test
    void ringBaseLowBitsAreForcedToSixteenByteAlignment() {
        wr(queueReg(3, RXQ_BASE_LO), 0x1234_567F);
        wr(queueReg(3, RXQ_BASE_HI), 0xCAFE_F00D);
        wr(queueReg(3, TXQ_BASE_LO), 0xFFFF_FFFF);
        assertEquals(0x1234_5670, rd(queueReg(3, RXQ_BASE_LO)));
        assertEquals(0xCAFE_F00D, rd(queueReg(3, RXQ_BASE_HI)));
        assertEquals(0xFFFF_FFF0, rd(queueReg(3, TXQ_BASE_LO)));
    }

    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {8, 16, 64, 512, 1024, 4096})
    void powerOfTwoRingSizesFrom8To4096AreAccepted(int size) {
        wr(queueReg(0, RXQ_SIZE), size);
        wr(queueReg(15, TXQ_SIZE), size);
        assertEquals(size, rd(queueReg(0, RXQ_SIZE)));
        assertEquals(size, rd(queueReg(15, TXQ_SIZE)));
    }

    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {1, 4, 7, 12, 100, 8192, 0x10008})
    void anInvalidRingSizeLeavesTheQueueDisabled(int size) {
        wr(queueReg(2, RXQ_SIZE), 64);
        wr(queueReg(2, RXQ_SIZE), size);
        assertEquals(0, rd(queueReg(2, RXQ_SIZE)));
    }

    @Test
    void writingSizeResetsHeadAndTail() {
        wr(queueReg(1, RXQ_SIZE), 16);
        wr(queueReg(1, RXQ_TAIL), 5);
        assertEquals(5, rd(queueReg(1, RXQ_TAIL)));
        wr(queueReg(1, RXQ_SIZE), 16);
        assertEquals(0, rd(queueReg(1, RXQ_TAIL)));
        assertEquals(0, rd(queueReg(1, RXQ_HEAD)));
        wr(queueReg(1, TXQ_SIZE), 32);
        wr(queueReg(1, TXQ_TAIL), 31);
        wr(queueReg(1, TXQ_SIZE), 32);
        assertEquals(0, rd(queueReg(1, TXQ_TAIL)));
    }

    @Test
    void rxTailAtOrBeyondSizeIsIgnored() {
        wr(queueReg(4, RXQ_SIZE), 8);
        wr(queueReg(4, RXQ_TAIL), 7);
        wr(queueReg(4, RXQ_TAIL), 8);
        assertEquals(7, rd(queueReg(4, RXQ_TAIL)));
    }

    @Test
    void everyTxTailWriteCountsAsADoorbellEvenAnUnchangedValue() {
        wr(queueReg(6, TXQ_SIZE), 64);
        wr(queueReg(6, TXQ_TAIL), 0);   // head == tail: nothing to send, still a doorbell
        wr(queueReg(6, TXQ_TAIL), 0);
        wr(queueReg(6, TXQ_TAIL), 0);
        assertEquals(3, rd(queueReg(6, TXQ_DOORBELLS)));
        assertEquals(0, rd(queueReg(6, TXQ_BAD_DOORBELLS)));
        assertEquals(0, rd(queueReg(7, TXQ_DOORBELLS)), "other queues untouched");
    }

    @Test
    void txTailAtOrBeyondSizeIsABadDoorbellAndIgnored() {
        wr(queueReg(2, TXQ_SIZE), 16);
        wr(queueReg(2, TXQ_TAIL), 16);
        wr(queueReg(2, TXQ_TAIL), 0xFFFF);
        assertEquals(0, rd(queueReg(2, TXQ_TAIL)));
        assertEquals(2, rd(queueReg(2, TXQ_DOORBELLS)));
        assertEquals(2, rd(queueReg(2, TXQ_BAD_DOORBELLS)));
    }

    @Test
    void txTailOnADisabledQueueIsABadDoorbell() {
        wr(queueReg(9, TXQ_TAIL), 1);
        assertEquals(0, rd(queueReg(9, TXQ_TAIL)));
        assertEquals(1, rd(queueReg(9, TXQ_DOORBELLS)));
        assertEquals(1, rd(queueReg(9, TXQ_BAD_DOORBELLS)));
    }

    @Test
    void aTailWriteWithByteStrobesStoresOnlyTheStrobedBytes() {
        wr(queueReg(5, TXQ_SIZE), 64);
        nic.mmioWrite(queueReg(5, TXQ_TAIL), 0xFFFF_FF05, 0b0001);   // only byte 0 (= 5) is written
        assertEquals(5, rd(queueReg(5, TXQ_TAIL)));
        assertEquals(0, rd(queueReg(5, TXQ_BAD_DOORBELLS)));
        wr(queueReg(5, RXQ_SIZE), 4096);
        nic.mmioWrite(queueReg(5, RXQ_TAIL), 0x0000_0A00, 0b0010);   // byte 1 only: 0x0A00 = 2560
        assertEquals(0x0A00, rd(queueReg(5, RXQ_TAIL)));
        nic.mmioWrite(queueReg(5, RXQ_SIZE), 0x1234_0010, 0b0001);    // byte 0 = 0x10 with old 0x1000 -> 0x1010: invalid
        assertEquals(0, rd(queueReg(5, RXQ_SIZE)), "the merged value 0x1010 is not a ring size");
    }

    @Test
    void irqMaskIsReadWriteAndIrqStatusIgnoresWritesOfZeroBits() {
        wr(0x001C, 0x00A5);
        assertEquals(0x00A5, rd(0x001C));
        wr(0x0018, 0xFFFF);   // W1C on an all-zero status leaves it zero
        assertEquals(0, rd(0x0018));
    }

    @Test
    void softResetReturnsEveryRegisterToItsResetValueAndSelfClears() {
        wr(0x0014, 0x55AA_55AA);
        wr(0x000C, 0b11);
        wr(0x0020, 0x29E);
        wr(0x0040, 0x1234_5678);
        wr(0x0100, 0x0101_0101);
        wr(queueReg(0, RXQ_SIZE), 64);
        wr(queueReg(0, TXQ_SIZE), 64);
        wr(queueReg(0, TXQ_TAIL), 3);
        wr(0x000C, 0x8000_0000);
        int ctrl = rd(0x000C);
        for (int i = 0; i < 100 && (ctrl & 0x8000_0000) != 0; i++) {
            ctrl = rd(0x000C);
        }
        assertEquals(0, ctrl, "CTRL after soft reset: enables cleared, bit 31 self-cleared");
        assertEquals(0, rd(0x0014), "SCRATCH");
        assertEquals(0, rd(0x0020), "RSS_HASH_TYPES");
        assertEquals(0, rd(0x0040), "RSS_KEY[0]");
        assertEquals(0, rd(0x0100), "RETA[0]");
        assertEquals(0, rd(queueReg(0, RXQ_SIZE)));
        assertEquals(0, rd(queueReg(0, TXQ_DOORBELLS)));
        assertEquals(0, rd(0x0218), "MMIO_WRITES is a register too");
        assertEquals(0x4E494353, rd(0x0000), "identity survives");
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
