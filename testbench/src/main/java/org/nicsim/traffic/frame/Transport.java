package org.nicsim.traffic.frame;

/**
 * A transport (upper-layer) header: what {@link FrameBuilder} needs to place it and to compute
 * its checksum over the segment.
 */
public sealed interface Transport permits TcpHeader, UdpHeader, IcmpEchoHeader {
    /** IP protocol / IPv6 next-header number. */
    int protocol();

    /** Header length in bytes. */
    int headerLength();

    /** Offset of the 16-bit checksum field inside the header. */
    int checksumOffset();

    /** Whether the checksum covers the IP pseudo-header (TCP, UDP) or only the message (ICMPv4). */
    boolean coversPseudoHeader();

    /** Writes the header with a zero checksum; {@code segmentLength} is header plus payload. */
    void writeHeader(byte[] buf, int off, int segmentLength);

    /** Value stored when the computed checksum is zero (UDP sends 0xFFFF, RFC 768). */
    default int checksumForZero() {
        return 0;
    }
}
