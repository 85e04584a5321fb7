package org.nicsim.traffic.pcap;

/**
 * A capture file that cannot be read: truncated, corrupt, or of an unsupported link type. The
 * message names the file, the byte offset of the offending field, and what was expected.
 */
public final class PcapFormatException extends RuntimeException {
    private final String file;
    private final long offset;

    public PcapFormatException(String file, long offset, String problem) {
        super(file + ": byte offset " + offset + ": " + problem);
        this.file = file;
        this.offset = offset;
    }

    /** The file (or stream name) being read. */
    public String file() {
        return file;
    }

    /** Byte offset in the file of the field that is wrong or missing. */
    public long offset() {
        return offset;
    }
}
