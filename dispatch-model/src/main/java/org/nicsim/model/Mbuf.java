package org.nicsim.model;

/**
 * The packet header the model passes around, the fields of FreeBSD's {@code m_pkthdr} that
 * dispatch looks at. Immutable: "setting" a hash makes a new mbuf ({@link #withHash}).
 *
 * @param flowid     {@code m_pkthdr.flowid}, the hardware hash (unsigned 32 bits)
 * @param hashType   {@code M_HASHTYPE_GET(m)}, a FreeBSD {@code M_HASHTYPE_*} number; 0 is NONE
 * @param rcvifIndex {@code m_pkthdr.rcvif->if_index}, or {@link #NO_RCVIF}
 * @param queue      RX queue the frame arrived on, or -1 (locally generated)
 * @param length     {@code m_pkthdr.len}, frame bytes
 * @param payload    what the caller wants back in handlers (frame bytes, packet index, ...)
 */
public record Mbuf(int flowid, int hashType, int rcvifIndex, int queue, int length, Object payload) {
    /** {@code m_pkthdr.rcvif == NULL}. */
    public static final int NO_RCVIF = -1;
    public static final int M_HASHTYPE_NONE = 0;

    public Mbuf {
        if (hashType < 0 || hashType > 0xFF) {
            throw new IllegalArgumentException("mbuf.hashType: " + hashType + " outside [0, 255]");
        }
        if (rcvifIndex < NO_RCVIF) {
            throw new IllegalArgumentException("mbuf.rcvifIndex: " + rcvifIndex + " (use NO_RCVIF = -1 for none)");
        }
        if (length < 0) {
            throw new IllegalArgumentException("mbuf.length: " + length + " must not be negative");
        }
    }

    /** A locally generated packet of {@code length} bytes: no hash, no receive interface. */
    public static Mbuf local(int length, Object payload) {
        return new Mbuf(0, M_HASHTYPE_NONE, NO_RCVIF, -1, length, payload);
    }

    public boolean hasRcvif() {
        return rcvifIndex != NO_RCVIF;
    }

    /** {@code M_HASHTYPE_GET(m) != M_HASHTYPE_NONE}. */
    public boolean hasHash() {
        return hashType != M_HASHTYPE_NONE;
    }

    /** The same packet with {@code flowid} and {@code hashType} set (what {@code nh_m2flow} does). */
    public Mbuf withHash(int newFlowid, int newHashType) {
        return new Mbuf(newFlowid, newHashType, rcvifIndex, queue, length, payload);
    }
}
