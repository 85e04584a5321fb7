package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ToeplitzTest {

    @Test
    void leadingOneBitXorsTheFirstKeyWord() {
        // Only bit 7 of byte 0 set: the window is still key bytes 0..3.
        assertEquals(0x6d5a56da, Toeplitz.hash(ToeplitzKey.DEFAULT, new byte[] {(byte) 0x80}));
    }

    @Test
    void bitSevenPositionsLaterSeesTheWindowShiftedSevenBits() {
        // Bit 0 of byte 0 is input bit 7: window = key bits 7..38 = (0x6d5a56da25 >> 1) & 0xffffffff.
        assertEquals(0xad2b6d12, Toeplitz.hash(ToeplitzKey.DEFAULT, new byte[] {0x01}));
    }

    @Test
    void zeroInputHashesToZero() {
        assertEquals(0, Toeplitz.hash(ToeplitzKey.DEFAULT, new byte[36]));
        assertEquals(0, ToeplitzTable.forKey(ToeplitzKey.DEFAULT).hash(new byte[36]));
    }

    @Test
    void swappingSourceAndDestinationChangesTheHash() {
        byte[] ab = {66, 9, (byte) 149, (byte) 187, (byte) 161, (byte) 142, 100, 80};
        byte[] ba = {(byte) 161, (byte) 142, 100, 80, 66, 9, (byte) 149, (byte) 187};
        assertNotEquals(Toeplitz.hash(ToeplitzKey.DEFAULT, ab), Toeplitz.hash(ToeplitzKey.DEFAULT, ba));
    }

    @Test
    void keyOfWrongLengthIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToeplitzKey.of(new byte[39]));
        assertTrue(e.getMessage().startsWith("rss.key"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToeplitzKey.of(new byte[41]));
        assertThrows(IllegalArgumentException.class, () -> ToeplitzKey.fromHex("6d5a"));
        assertThrows(IllegalArgumentException.class, () -> ToeplitzKey.fromHex("zz".repeat(40)));
    }

    @Test
    void keyRegisterWordsAreBigEndianPerWord() {
        assertEquals(0x6d5a56da, ToeplitzKey.DEFAULT.registerWord(0));
        assertEquals(0xbeac01fa, ToeplitzKey.DEFAULT.registerWord(9));
    }

    @Test
    void hashRangeOutsideTheArrayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Toeplitz.hash(ToeplitzKey.DEFAULT, new byte[4], 2, 4));
        assertThrows(IllegalArgumentException.class,
                () -> ToeplitzTable.forKey(ToeplitzKey.DEFAULT).hash(new byte[4], 2, 4));
    }

    @Provide
    Arbitrary<byte[]> keys() {
        return Arbitraries.bytes().array(byte[].class).ofSize(40);
    }

    @Property(tries = 300, seed = "20261127")
    void tableDrivenEqualsBitSerialOnRandomKeysAndInputs(@ForAll("keys") byte[] keyBytes,
                                                         @ForAll @Size(max = 48) byte[] input) {
        ToeplitzKey key = ToeplitzKey.of(keyBytes);
        assertEquals(Toeplitz.hash(key, input), ToeplitzTable.forKey(key).hash(input));
    }

    @Property(tries = 200, seed = "20261127")
    void ipv4ShortcutEqualsArrayForm(@ForAll int src, @ForAll int dst, @ForAll short sport, @ForAll short dport) {
        ToeplitzTable t = ToeplitzTable.forKey(ToeplitzKey.DEFAULT);
        byte[] in = java.nio.ByteBuffer.allocate(12).putInt(src).putInt(dst).putShort(sport).putShort(dport).array();
        assertEquals(t.hash(in), t.hashIpv4(src, dst, sport & 0xFFFF, dport & 0xFFFF));
        assertEquals(t.hash(in, 0, 8), t.hashIpv4(src, dst));
    }

    @Property(tries = 100, seed = "20261127")
    void hashIsLinearOverXor(@ForAll @Size(12) byte[] a, @ForAll @Size(12) byte[] b) {
        // Toeplitz is GF(2)-linear: h(a ^ b) = h(a) ^ h(b), independent of either implementation's tables.
        byte[] x = new byte[12];
        for (int i = 0; i < 12; i++) {
            x[i] = (byte) (a[i] ^ b[i]);
        }
        ToeplitzKey k = ToeplitzKey.DEFAULT;
        assertEquals(Toeplitz.hash(k, a) ^ Toeplitz.hash(k, b), Toeplitz.hash(k, x));
    }
}
