package org.nicsim.wave;

import static org.nicsim.wave.Radix.BINARY;
import static org.nicsim.wave.Radix.DECIMAL;
import static org.nicsim.wave.Radix.HEX;

import java.util.ArrayList;
import java.util.List;

/**
 * The signals of {@code nic_top} a failure is debugged with, grouped by block in datapath order.
 * Names are the hierarchical names the bridge's FST holds (Verilator puts the model's ports under
 * {@code TOP} and the module under {@code TOP.nic_top}); the waveform tests check every one of
 * them against a real dump, so an RTL rename fails a test rather than silently dropping a trace.
 *
 * <p>Top-level ports are named at {@code TOP} (depth 1) so that even a trace of {@code levels = 1}
 * shows the bus groups; block internals need {@code levels >= 4} (the default,
 * {@link WaveSettings#DEFAULT_LEVELS}).
 */
public final class NicSignals {
    private static final String T = "TOP.";
    private static final String N = "TOP.nic_top.";
    private static final String RX = N + "u_rx.";
    private static final String PARSER = RX + "u_parser.";
    private static final String HASH = RX + "u_hash.";
    private static final String RETA = RX + "u_reta.";
    private static final String ENGINE = RX + "u_engine.";
    private static final String REGS = N + "u_regs.";
    private static final String DESC = N + "u_tx.u_desc.";
    private static final String WB = N + "u_tx.u_wb.";

    /** Group names other classes refer to (a failure's focus). */
    public static final String PARSER_AND_HASH = "RX parser and Toeplitz hash";
    public static final String RETA_GROUP = "RSS indirection table (RETA)";
    public static final String RX_DMA = "RX DMA and write-back";
    public static final String TX_DOORBELLS = "TX doorbells (register writes)";
    public static final String TX_ENGINE = "TX engine";

    private NicSignals() {
    }

    /** Every group, in the order the save file shows them. */
    public static List<SignalGroup> groups() {
        return List.of(
                group("Clock, reset, interrupts",
                        bin(T + "clk"), bin(T + "rst"), bin(N + "core_rst"), hex(T + "irq[15:0]")),
                group("AXI4-Lite (MMIO)",
                        hex(T + "s_axil_awaddr[15:0]"), bin(T + "s_axil_awvalid"), bin(T + "s_axil_awready"),
                        hex(T + "s_axil_wdata[31:0]"), hex(T + "s_axil_wstrb[3:0]"), bin(T + "s_axil_wvalid"),
                        bin(T + "s_axil_wready"), hex(T + "s_axil_bresp[1:0]"), bin(T + "s_axil_bvalid"),
                        bin(T + "s_axil_bready"), hex(T + "s_axil_araddr[15:0]"), bin(T + "s_axil_arvalid"),
                        bin(T + "s_axil_arready"), hex(T + "s_axil_rdata[31:0]"), hex(T + "s_axil_rresp[1:0]"),
                        bin(T + "s_axil_rvalid"), bin(T + "s_axil_rready")),
                group("RX stream (AXI4-Stream in)",
                        hex(T + "s_axis_rx_tdata[63:0]"), hex(T + "s_axis_rx_tkeep[7:0]"), bin(T + "s_axis_rx_tlast"),
                        bin(T + "s_axis_rx_tuser[0]"), bin(T + "s_axis_rx_tvalid"), bin(T + "s_axis_rx_tready")),
                group(PARSER_AND_HASH,
                        dec(RX + "p_seq[31:0]"), bin(PARSER + "out_valid"), dec(PARSER + "out_len[15:0]"),
                        hex(PARSER + "out_flags[7:0]"), hex(PARSER + "out_tci[15:0]"), hex(PARSER + "out_tuple[287:0]"),
                        bin(PARSER + "out_runt"), bin(PARSER + "out_bad"), bin(PARSER + "out_oversize"),
                        bin(HASH + "in_valid"), hex(HASH + "in_types[31:0]"), hex(HASH + "htype[7:0]"),
                        dec(HASH + "nbytes[5:0]"), bin(HASH + "out_valid"),
                        hex(HASH + "out_hash[31:0]"), hex(HASH + "out_htype[7:0]")),
                group(RETA_GROUP,
                        bin(RETA + "in_valid"), hex(RETA + "in_hash[31:0]"), dec(RETA + "bucket[6:0]"),
                        dec(RETA + "in_default_queue[3:0]"), bin(RETA + "out_valid"), dec(RETA + "out_queue[3:0]"),
                        hex(RETA + "out_htype[7:0]")),
                group(RX_DMA,
                        bin(ENGINE + "meta_valid"), bin(ENGINE + "meta_ready"), dec(ENGINE + "meta_seq[31:0]"),
                        dec(ENGINE + "meta_queue[3:0]"), dec(ENGINE + "meta_len[15:0]"), hex(ENGINE + "meta_hash[31:0]"),
                        hex(ENGINE + "meta_htype[7:0]"), bin(ENGINE + "meta_err"),
                        hex(ENGINE + "m_axi_araddr[63:0]"), bin(ENGINE + "m_axi_arvalid"), bin(ENGINE + "m_axi_arready"),
                        hex(ENGINE + "m_axi_rdata[63:0]"), bin(ENGINE + "m_axi_rvalid"), bin(ENGINE + "m_axi_rlast"),
                        hex(ENGINE + "m_axi_awaddr[63:0]"), dec(ENGINE + "m_axi_awlen[7:0]"),
                        bin(ENGINE + "m_axi_awvalid"), bin(ENGINE + "m_axi_awready"), hex(ENGINE + "m_axi_wdata[63:0]"),
                        hex(ENGINE + "m_axi_wstrb[7:0]"), bin(ENGINE + "m_axi_wlast"), bin(ENGINE + "m_axi_wvalid"),
                        bin(ENGINE + "m_axi_wready"), bin(ENGINE + "m_axi_bvalid"), hex(ENGINE + "m_axi_bresp[1:0]"),
                        bin(ENGINE + "commit"), dec(ENGINE + "cq[3:0]"), hex(N + "rx_irq_set[15:0]"),
                        hex(N + "rxq_head[191:0]"), bin(N + "rx_idle")),
                group(TX_DOORBELLS,
                        bin(REGS + "do_write"), hex(REGS + "wa[15:0]"), hex(REGS + "w_data[31:0]"), dec(REGS + "q[3:0]"),
                        hex(N + "cfg_txq_tail[191:0]"), hex(N + "txq_head[191:0]")),
                group(TX_ENGINE,
                        bin(DESC + "s_valid"), bin(DESC + "s_ready"), dec(DESC + "s_q[3:0]"), dec(DESC + "s_idx[11:0]"),
                        hex(DESC + "s_addr[63:0]"), dec(DESC + "s_len[15:0]"), bin(DESC + "s_bad"),
                        hex(T + "m_axis_tx_tdata[63:0]"), hex(T + "m_axis_tx_tkeep[7:0]"), bin(T + "m_axis_tx_tlast"),
                        bin(T + "m_axis_tx_tuser[0]"), bin(T + "m_axis_tx_tvalid"), bin(T + "m_axis_tx_tready"),
                        bin(WB + "c_valid"), dec(WB + "c_q[3:0]"), dec(WB + "c_idx[11:0]"), bin(WB + "ret_valid"),
                        dec(WB + "ret_q[3:0]"), bin(N + "tx_idle")),
                group("AXI4 DMA master (host memory)",
                        hex(T + "m_axi_awid[3:0]"), hex(T + "m_axi_awaddr[63:0]"), dec(T + "m_axi_awlen[7:0]"),
                        bin(T + "m_axi_awvalid"), bin(T + "m_axi_awready"), hex(T + "m_axi_wdata[63:0]"),
                        hex(T + "m_axi_wstrb[7:0]"), bin(T + "m_axi_wlast"), bin(T + "m_axi_wvalid"),
                        bin(T + "m_axi_wready"), hex(T + "m_axi_bid[3:0]"), hex(T + "m_axi_bresp[1:0]"),
                        bin(T + "m_axi_bvalid"), bin(T + "m_axi_bready"), hex(T + "m_axi_arid[3:0]"),
                        hex(T + "m_axi_araddr[63:0]"), dec(T + "m_axi_arlen[7:0]"), bin(T + "m_axi_arvalid"),
                        bin(T + "m_axi_arready"), hex(T + "m_axi_rid[3:0]"), hex(T + "m_axi_rdata[63:0]"),
                        hex(T + "m_axi_rresp[1:0]"), bin(T + "m_axi_rlast"), bin(T + "m_axi_rvalid"),
                        bin(T + "m_axi_rready")));
    }

    /** The groups as a trace of {@code levels} holds them (0 = every signal); empty groups are left out. */
    public static List<SignalGroup> groups(int levels) {
        List<SignalGroup> out = new ArrayList<>();
        for (SignalGroup g : groups()) {
            SignalGroup t = g.tracedAt(levels);
            if (!t.signals().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static SignalGroup group(String name, Signal... signals) {
        return new SignalGroup(name, List.of(signals));
    }

    private static Signal bin(String path) {
        return new Signal(path, BINARY);
    }

    private static Signal hex(String path) {
        return new Signal(path, HEX);
    }

    private static Signal dec(String path) {
        return new Signal(path, DECIMAL);
    }
}
