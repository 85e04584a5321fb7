package org.nicsim.rtl;

import java.util.Arrays;
import java.util.List;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.bridge.TxFrame;

/**
 * The block-test top {@code rss_blocks_test_top} (testbench/src/test/rtl): toeplitz_hash behind
 * AXI4-Lite registers and rx_parser behind the RX stream, whose result comes back as a 48-byte
 * record on the TX stream. The register map and record layout are the ones in that file's header.
 */
final class RssBlocks implements AutoCloseable {
    private static final int ID = 0x000;
    private static final int FLAGS = 0x004;
    private static final int TYPES = 0x008;
    private static final int GO = 0x00C;
    private static final int HASH = 0x010;
    private static final int HTYPE = 0x014;
    private static final int COUNT = 0x018;
    private static final int KEY = 0x040;
    private static final int TUPLE = 0x080;
    private static final int ID_VALUE = 0x52424C4B;   // "RBLK"
    private static final long BUDGET = 10_000;
    static final int TUPLE_BYTES = 36;

    /** One toeplitz_hash result. */
    record Hash(int hash, int hashType) {
    }

    /**
     * One rx_parser result.
     *
     * @param length   frame length
     * @param flags    write-back flags (DD clear)
     * @param runt     shorter than 14 bytes
     * @param bad      tuser or a tkeep hole
     * @param oversize longer than the parser's limit
     * @param vlanTci  802.1Q TCI, 0 without a tag
     * @param beats    beats the datapath would store
     * @param tuple    the 36-byte Toeplitz input, zero past what was read
     */
    record Parsed(int length, int flags, boolean runt, boolean bad, boolean oversize, int vlanTci, int beats,
            byte[] tuple) {
    }

    private final NicModel model;
    private byte[] key;

    private RssBlocks(NicModel model) {
        this.model = model;
        if (model.mmioRead(ID) != ID_VALUE) {
            throw new IllegalStateException("not rss_blocks_test_top");
        }
    }

    static RssBlocks open() {
        return new RssBlocks(NicModel.open(NicModelOptions.builder().top("rss_blocks_test_top").seed(1)
                .hostMemoryBytes(4096).build()));
    }

    /** Presents a tuple with the given key, parser flags and enabled types to toeplitz_hash. */
    Hash hash(byte[] key40, int flags, int types, byte[] tuple36) {
        if (!Arrays.equals(key, key40)) {
            for (int i = 0; i < 10; i++) {
                model.mmioWrite(KEY + 4 * i, word(key40, 4 * i));
            }
            key = key40.clone();
        }
        for (int i = 0; i < 9; i++) {
            model.mmioWrite(TUPLE + 4 * i, word(tuple36, 4 * i));
        }
        model.mmioWrite(FLAGS, flags);
        model.mmioWrite(TYPES, types);
        int before = model.mmioRead(COUNT);
        model.mmioWrite(GO, 1);
        model.mmioDrain(BUDGET);
        model.run(4, 0);   // the hash's 2-cycle latency, and a margin
        if (model.mmioRead(COUNT) != before + 1) {
            throw new AssertionError("toeplitz_hash gave no result for GO");
        }
        return new Hash(model.mmioRead(HASH), model.mmioRead(HTYPE));
    }

    /** Sends one frame through rx_parser and decodes its record. */
    Parsed parse(byte[] frame, boolean bad) {
        model.injectFrame(frame, bad, 0);
        model.run(BUDGET, EventKind.TX_CAPTURED.bit());
        List<TxFrame> out = model.drainTx();
        if (out.size() != 1 || out.get(0).bytes().length != 48) {
            throw new AssertionError("rx_parser gave " + out.size() + " records for one frame");
        }
        byte[] r = out.get(0).bytes();
        return new Parsed(u16(r, 0), r[2] & 0xFF, (r[3] & 1) != 0, (r[3] & 2) != 0, (r[3] & 4) != 0, u16(r, 4),
                u16(r, 6), Arrays.copyOfRange(r, 8, 8 + TUPLE_BYTES));
    }

    private static int word(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    @Override
    public void close() {
        model.close();
    }
}
