package org.nicsim.traffic.frame;

/**
 * A minimal 20-byte TCP header (RFC 9293, data offset 5, no options). The checksum is computed by
 * {@link FrameBuilder} over the pseudo-header and the segment.
 *
 * @param sourcePort 0..65535
 * @param destinationPort 0..65535
 * @param sequence 0..2^32-1
 * @param acknowledgment 0..2^32-1
 * @param flags the eight flag bits CWR..FIN (e.g. {@link #ACK} | {@link #PSH})
 * @param window 0..65535
 */
public record TcpHeader(int sourcePort, int destinationPort, long sequence, long acknowledgment,
                        int flags, int window) implements Transport {
    /** Header length without options. */
    public static final int LENGTH = 20;
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    public TcpHeader {
        Fields.checkRange("tcp.sourcePort", sourcePort, 0, 0xFFFF);
        Fields.checkRange("tcp.destinationPort", destinationPort, 0, 0xFFFF);
        Fields.checkRange("tcp.sequence", sequence, 0, 0xFFFFFFFFL);
        Fields.checkRange("tcp.acknowledgment", acknowledgment, 0, 0xFFFFFFFFL);
        Fields.checkRange("tcp.flags", flags, 0, 0xFF);
        Fields.checkRange("tcp.window", window, 0, 0xFFFF);
    }

    /** An ACK segment with the given ports and sequence number, window 65535. */
    public static TcpHeader ack(int sourcePort, int destinationPort, long sequence, long acknowledgment) {
        return new TcpHeader(sourcePort, destinationPort, sequence, acknowledgment, ACK, 0xFFFF);
    }

    @Override
    public int protocol() {
        return IpProtocols.TCP;
    }

    @Override
    public int headerLength() {
        return LENGTH;
    }

    @Override
    public int checksumOffset() {
        return 16;
    }

    @Override
    public boolean coversPseudoHeader() {
        return true;
    }

    @Override
    public void writeHeader(byte[] buf, int off, int segmentLength) {
        Fields.putU16(buf, off, sourcePort);
        Fields.putU16(buf, off + 2, destinationPort);
        Fields.putU32(buf, off + 4, sequence);
        Fields.putU32(buf, off + 8, acknowledgment);
        buf[off + 12] = (byte) ((LENGTH / 4) << 4);
        buf[off + 13] = (byte) flags;
        Fields.putU16(buf, off + 14, window);
        Fields.putU16(buf, off + 16, 0);
        Fields.putU16(buf, off + 18, 0); // urgent pointer
    }
}
