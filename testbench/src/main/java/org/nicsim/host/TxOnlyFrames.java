package org.nicsim.host;

import java.util.Arrays;

/** The frames of a scenario's transmit-only batches. */
public final class TxOnlyFrames {
    private TxOnlyFrames() {
    }

    /** A locally generated frame: broadcast, IEEE local experimental EtherType, numbered payload. */
    public static byte[] frame(int size, long seq) {
        byte[] b = new byte[size];
        Arrays.fill(b, 0, 6, (byte) 0xFF);
        byte[] src = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
        System.arraycopy(src, 0, b, 6, 6);
        b[12] = (byte) 0x88;
        b[13] = (byte) 0xB5;
        for (int i = 14; i < size; i++) {
            b[i] = (byte) (seq >>> (8 * ((i - 14) % 8)) ^ i);
        }
        return b;
    }
}
