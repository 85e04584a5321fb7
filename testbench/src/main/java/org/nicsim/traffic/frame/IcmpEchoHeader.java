package org.nicsim.traffic.frame;

/**
 * An ICMPv4 echo request or reply header (RFC 792): type, code, checksum over the message,
 * identifier, sequence number.
 *
 * @param type 8 echo request, 0 echo reply
 * @param identifier 0..65535
 * @param sequence 0..65535
 */
public record IcmpEchoHeader(int type, int identifier, int sequence) implements Transport {
    /** Header length. */
    public static final int LENGTH = 8;
    public static final int ECHO_REQUEST = 8;
    public static final int ECHO_REPLY = 0;

    public IcmpEchoHeader {
        if (type != ECHO_REQUEST && type != ECHO_REPLY) {
            throw new IllegalArgumentException("icmp.type: must be 8 (echo request) or 0 (echo reply), got " + type);
        }
        Fields.checkRange("icmp.identifier", identifier, 0, 0xFFFF);
        Fields.checkRange("icmp.sequence", sequence, 0, 0xFFFF);
    }

    @Override
    public int protocol() {
        return IpProtocols.ICMP;
    }

    @Override
    public int headerLength() {
        return LENGTH;
    }

    @Override
    public int checksumOffset() {
        return 2;
    }

    @Override
    public boolean coversPseudoHeader() {
        return false;
    }

    @Override
    public void writeHeader(byte[] buf, int off, int segmentLength) {
        buf[off] = (byte) type;
        buf[off + 1] = 0;
        Fields.putU16(buf, off + 2, 0);
        Fields.putU16(buf, off + 4, identifier);
        Fields.putU16(buf, off + 6, sequence);
    }
}
