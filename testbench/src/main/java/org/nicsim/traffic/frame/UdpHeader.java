package org.nicsim.traffic.frame;

/**
 * A UDP header (RFC 768). Length is header plus payload; the checksum is computed by
 * {@link FrameBuilder} over the pseudo-header and the datagram (a computed zero is sent as 0xFFFF).
 *
 * @param sourcePort 0..65535
 * @param destinationPort 0..65535
 */
public record UdpHeader(int sourcePort, int destinationPort) implements Transport {
    /** Header length. */
    public static final int LENGTH = 8;

    public UdpHeader {
        Fields.checkRange("udp.sourcePort", sourcePort, 0, 0xFFFF);
        Fields.checkRange("udp.destinationPort", destinationPort, 0, 0xFFFF);
    }

    @Override
    public int protocol() {
        return IpProtocols.UDP;
    }

    @Override
    public int headerLength() {
        return LENGTH;
    }

    @Override
    public int checksumOffset() {
        return 6;
    }

    @Override
    public boolean coversPseudoHeader() {
        return true;
    }

    @Override
    public int checksumForZero() {
        return 0xFFFF;
    }

    @Override
    public void writeHeader(byte[] buf, int off, int segmentLength) {
        if (segmentLength > 0xFFFF) {
            throw new IllegalArgumentException("udp.length: must be <= 65535, got " + segmentLength);
        }
        Fields.putU16(buf, off, sourcePort);
        Fields.putU16(buf, off + 2, destinationPort);
        Fields.putU16(buf, off + 4, segmentLength);
        Fields.putU16(buf, off + 6, 0);
    }
}
