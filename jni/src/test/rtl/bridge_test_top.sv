// bridge_test_top — TEST-ONLY stand-in for nic_top that exercises the JNI bridge's BFMs.
//
// Its ports are nic_top's, included from rtl/nic_top_ports.svh, so the bridge's port table and
// BFMs bind to it unchanged.
// It contains:
//   - an AXI4-Lite register file (one write and one read in flight; BVALID two cycles and RVALID
//     two cycles after VALID is first seen);
//   - a small AXI4 DMA master driven from those registers: N back-to-back transactions of
//     (LEN+1) beats of 2^SIZE bytes with a configurable burst type, WSTRB and ID; write data is
//     PATTERN + g for the g-th beat of the command; read data of the first 16 beats is kept;
//     the worst response (max of BRESP/RRESP) and the cycles the command took are readable;
//   - AXIS RX -> TX loopback through a 2-entry register FIFO (full throughput, latency 1 cycle);
//   - an irq output equal to a register;
//   - a register that raises $fatal / $stop / $finish (simulation-only constructs are fine here:
//     this file is never synthesized).
//
// Register map (byte addresses, 32-bit registers):
//   0x000 ID          RO  0x42545354 ("BTST")
//   0x004 SCRATCH     RW
//   0x008 IRQ         RW  irq = IRQ[NUM_QUEUES-1:0]
//   0x00C SIM_CTRL    WO  0xDEAD0001 -> $fatal, 0xDEAD0002 -> $stop, 0xDEAD0003 -> $finish
//   0x010 DMA_ADDR_LO RW  0x014 DMA_ADDR_HI RW
//   0x018 DMA_LEN     RW  [7:0] AxLEN (beats - 1)
//   0x01C DMA_SIZE    RW  [2:0] AxSIZE, [5:4] AxBURST (reset: size 3, burst INCR)
//   0x020 DMA_PAT_LO  RW  0x024 DMA_PAT_HI RW
//   0x028 DMA_WSTRB   RW  [7:0] (reset 0xFF), used on every write beat
//   0x02C DMA_ID      RW  [AXI_ID_WIDTH-1:0]
//   0x030 DMA_CTRL    W   1 = start writes, 2 = start reads (ignored while busy);
//                         [15:8] N transactions (0 means 1), each at ADDR + k*(LEN+1)*2^SIZE
//   0x034 DMA_STATUS  RO  bit0 busy, bit1 done, [5:4] worst response,
//                         [31:16] R beats (reads) or B responses (writes) received
//   0x038 DMA_CYCLES  RO  cycles the command was busy (start handshake excluded)
//   0x100 + 8*i       RO  read beat i (i < 16) data [31:0]; +4: [63:32]
`resetall
`timescale 1ns / 1ps
`default_nettype none

module bridge_test_top #(
    parameter int NUM_QUEUES     = 16,
    parameter int AXI_ADDR_WIDTH = 64,
    parameter int AXI_DATA_WIDTH = 64,
    parameter int AXI_ID_WIDTH   = 4,
    parameter int AXIL_ADDR_WIDTH = 16
) (
`include "nic_top_ports.svh"
);

    localparam int KEEP = AXI_DATA_WIDTH / 8;
    localparam int RBUF = 16;   // read beats kept for inspection

    // ---------------------------------------------------------------- AXI4-Lite register port
    logic        awready_q, bvalid_q, arready_q, rvalid_q;
    logic [31:0] rdata_q;
    logic [31:0] scratch_q, irq_q;
    logic [63:0] dma_addr_q, dma_pat_q;
    logic [7:0]  dma_len_q, dma_wstrb_q;
    logic [2:0]  dma_size_q;
    logic [1:0]  dma_burst_q;
    logic [AXI_ID_WIDTH-1:0] dma_id_q;

    // DMA engine state (declared here: the register read mux shows it)
    logic        busy_q, done_q, is_read_q;
    logic [1:0]  worst_q;
    logic [15:0] beats_q;
    logic [31:0] cycles_q;
    logic [AXI_DATA_WIDTH-1:0] rbuf_q [RBUF];

    wire aw_fire = s_axil_awvalid && awready_q;   // AW and W are accepted together
    wire ar_fire = s_axil_arvalid && arready_q;
    wire [AXIL_ADDR_WIDTH-1:0] waddr = s_axil_awaddr;
    wire start_cmd = aw_fire && waddr == 16'h030 && !busy_q
                     && (s_axil_wdata[1:0] == 2'd1 || s_axil_wdata[1:0] == 2'd2);

    always_ff @(posedge clk) begin
        if (rst) begin
            awready_q <= 1'b0;
            bvalid_q  <= 1'b0;
            scratch_q <= '0;
            irq_q     <= '0;
            dma_addr_q <= '0;
            dma_pat_q  <= '0;
            dma_len_q  <= '0;
            dma_size_q <= 3'd3;
            dma_burst_q <= 2'b01;
            dma_wstrb_q <= '1;
            dma_id_q   <= '0;
        end else begin
            // accept AW+W one cycle after both are valid, answer on the next
            awready_q <= !awready_q && !bvalid_q && s_axil_awvalid && s_axil_wvalid;
            if (s_axil_bready) bvalid_q <= 1'b0;
            if (aw_fire) begin
                bvalid_q <= 1'b1;
                case (waddr)
                    16'h004: scratch_q <= s_axil_wdata;
                    16'h008: irq_q <= s_axil_wdata;
                    16'h00C: begin
                        if (s_axil_wdata == 32'hDEAD_0001) $fatal(1, "bridge_test_top: fatal requested through SIM_CTRL");
                        if (s_axil_wdata == 32'hDEAD_0002) $stop;
                        if (s_axil_wdata == 32'hDEAD_0003) $finish;
                    end
                    16'h010: dma_addr_q[31:0]  <= s_axil_wdata;
                    16'h014: dma_addr_q[63:32] <= s_axil_wdata;
                    16'h018: dma_len_q <= s_axil_wdata[7:0];
                    16'h01C: begin
                        dma_size_q  <= s_axil_wdata[2:0];
                        dma_burst_q <= s_axil_wdata[5:4];
                    end
                    16'h020: dma_pat_q[31:0]  <= s_axil_wdata;
                    16'h024: dma_pat_q[63:32] <= s_axil_wdata;
                    16'h028: dma_wstrb_q <= s_axil_wdata[7:0];
                    16'h02C: dma_id_q <= s_axil_wdata[AXI_ID_WIDTH-1:0];
                    default: ;
                endcase
            end
        end
    end

    always_ff @(posedge clk) begin
        if (rst) begin
            arready_q <= 1'b0;
            rvalid_q  <= 1'b0;
            rdata_q   <= '0;
        end else begin
            arready_q <= !arready_q && !rvalid_q && s_axil_arvalid;
            if (s_axil_rready) rvalid_q <= 1'b0;
            if (ar_fire) begin
                rvalid_q <= 1'b1;
                if (s_axil_araddr >= 16'h100 && s_axil_araddr < 16'h100 + 16'(8 * RBUF))
                    rdata_q <= s_axil_araddr[2] ? rbuf_q[s_axil_araddr[6:3]][63:32]
                                                : rbuf_q[s_axil_araddr[6:3]][31:0];
                else
                    case (s_axil_araddr)
                        16'h000: rdata_q <= 32'h4254_5354;
                        16'h004: rdata_q <= scratch_q;
                        16'h008: rdata_q <= irq_q;
                        16'h010: rdata_q <= dma_addr_q[31:0];
                        16'h014: rdata_q <= dma_addr_q[63:32];
                        16'h018: rdata_q <= {24'd0, dma_len_q};
                        16'h01C: rdata_q <= {26'd0, dma_burst_q, 1'b0, dma_size_q};
                        16'h020: rdata_q <= dma_pat_q[31:0];
                        16'h024: rdata_q <= dma_pat_q[63:32];
                        16'h028: rdata_q <= {24'd0, dma_wstrb_q};
                        16'h02C: rdata_q <= 32'(dma_id_q);
                        16'h034: rdata_q <= {beats_q, 10'd0, worst_q, 2'd0, done_q, busy_q};
                        16'h038: rdata_q <= cycles_q;
                        default: rdata_q <= 32'hDEAD_BEEF;
                    endcase
            end
        end
    end

    assign s_axil_awready = awready_q;
    assign s_axil_wready  = awready_q;
    assign s_axil_bvalid  = bvalid_q;
    assign s_axil_bresp   = 2'b00;
    assign s_axil_arready = arready_q;
    assign s_axil_rvalid  = rvalid_q;
    assign s_axil_rdata   = rdata_q;
    assign s_axil_rresp   = 2'b00;
    assign irq = irq_q[NUM_QUEUES-1:0];

    // ---------------------------------------------------------------- AXI4 DMA master
    logic        awvalid_q, wvalid_q, wlast_q, arvalid_q;
    logic [AXI_ADDR_WIDTH-1:0] axaddr_q;
    logic [AXI_DATA_WIDTH-1:0] wdata_q;
    logic [8:0]  n_total_q;    // transactions in this command
    logic [8:0]  ax_cnt_q;     // address phases done
    logic [8:0]  resp_cnt_q;   // B responses / last R beats seen
    logic [16:0] w_left_q;     // write beats still to send
    logic [7:0]  wbeat_q;      // beat index inside the current write burst
    logic [63:0] gbeat_q;      // global write beat index (data = PATTERN + gbeat)

    wire [8:0] beats_per = {1'b0, dma_len_q} + 9'd1;
    wire [AXI_ADDR_WIDTH-1:0] stride = AXI_ADDR_WIDTH'(beats_per) << dma_size_q;
    wire [8:0] n_cmd = (s_axil_wdata[15:8] == 8'd0) ? 9'd1 : {1'b0, s_axil_wdata[15:8]};
    wire aw_hs = awvalid_q && m_axi_awready;
    wire ar_hs = arvalid_q && m_axi_arready;
    wire w_hs  = wvalid_q && m_axi_wready;
    wire b_hs  = m_axi_bready && m_axi_bvalid;
    wire r_hs  = m_axi_rready && m_axi_rvalid;
    wire [8:0] resp_next = resp_cnt_q + 9'(b_hs || (r_hs && m_axi_rlast));

    always_ff @(posedge clk) begin
        if (rst) begin
            busy_q <= 1'b0; done_q <= 1'b0; is_read_q <= 1'b0;
            awvalid_q <= 1'b0; wvalid_q <= 1'b0; wlast_q <= 1'b0; arvalid_q <= 1'b0;
            axaddr_q <= '0; wdata_q <= '0;
            n_total_q <= '0; ax_cnt_q <= '0; resp_cnt_q <= '0; w_left_q <= '0;
            wbeat_q <= '0; gbeat_q <= '0;
            worst_q <= '0; beats_q <= '0; cycles_q <= '0;
        end else if (start_cmd) begin
            busy_q <= 1'b1; done_q <= 1'b0;
            is_read_q <= s_axil_wdata[1:0] == 2'd2;
            awvalid_q <= s_axil_wdata[1:0] == 2'd1;
            arvalid_q <= s_axil_wdata[1:0] == 2'd2;
            wvalid_q  <= s_axil_wdata[1:0] == 2'd1;
            wlast_q   <= dma_len_q == 8'd0;
            wdata_q   <= dma_pat_q;
            axaddr_q  <= dma_addr_q;
            n_total_q <= n_cmd;
            ax_cnt_q  <= '0; resp_cnt_q <= '0;
            w_left_q  <= 17'(n_cmd) * 17'(beats_per);
            wbeat_q   <= '0; gbeat_q <= '0;
            worst_q   <= '0; beats_q <= '0; cycles_q <= '0;
        end else if (busy_q) begin
            cycles_q <= cycles_q + 32'd1;
            if (aw_hs || ar_hs) begin
                ax_cnt_q <= ax_cnt_q + 9'd1;
                axaddr_q <= axaddr_q + stride;
                if (ax_cnt_q + 9'd1 == n_total_q) begin
                    awvalid_q <= 1'b0;
                    arvalid_q <= 1'b0;
                end
            end
            if (w_hs) begin
                w_left_q <= w_left_q - 17'd1;
                gbeat_q  <= gbeat_q + 64'd1;
                wdata_q  <= dma_pat_q + gbeat_q + 64'd1;
                wbeat_q  <= wlast_q ? 8'd0 : wbeat_q + 8'd1;
                wlast_q  <= wlast_q ? (dma_len_q == 8'd0) : (wbeat_q + 8'd1 == dma_len_q);
                if (w_left_q == 17'd1) wvalid_q <= 1'b0;
            end
            if (r_hs) begin
                if (beats_q < 16'(RBUF)) rbuf_q[beats_q[3:0]] <= m_axi_rdata;
                beats_q <= beats_q + 16'd1;
                if (m_axi_rresp > worst_q) worst_q <= m_axi_rresp;
            end
            if (b_hs) begin
                beats_q <= beats_q + 16'd1;
                if (m_axi_bresp > worst_q) worst_q <= m_axi_bresp;
            end
            if (resp_next == n_total_q) begin
                busy_q <= 1'b0;
                done_q <= 1'b1;
            end
            resp_cnt_q <= resp_next;
        end
    end

    assign m_axi_awid    = dma_id_q;
    assign m_axi_awaddr  = axaddr_q;
    assign m_axi_awlen   = dma_len_q;
    assign m_axi_awsize  = dma_size_q;
    assign m_axi_awburst = dma_burst_q;
    assign m_axi_awlock  = 1'b0;
    assign m_axi_awcache = 4'b0011;
    assign m_axi_awprot  = 3'b000;
    assign m_axi_awvalid = awvalid_q;
    assign m_axi_wdata   = wdata_q;
    assign m_axi_wstrb   = dma_wstrb_q;
    assign m_axi_wlast   = wlast_q;
    assign m_axi_wvalid  = wvalid_q;
    assign m_axi_bready  = busy_q && !is_read_q;
    assign m_axi_arid    = dma_id_q;
    assign m_axi_araddr  = axaddr_q;
    assign m_axi_arlen   = dma_len_q;
    assign m_axi_arsize  = dma_size_q;
    assign m_axi_arburst = dma_burst_q;
    assign m_axi_arlock  = 1'b0;
    assign m_axi_arcache = 4'b0011;
    assign m_axi_arprot  = 3'b000;
    assign m_axi_arvalid = arvalid_q;
    assign m_axi_rready  = busy_q && is_read_q;

    // ---------------------------------------------------------------- AXIS loopback, 2-entry FIFO
    logic [AXI_DATA_WIDTH-1:0] fifo_data_q [2];
    logic [KEEP-1:0]           fifo_keep_q [2];
    logic                      fifo_last_q [2];
    logic                      fifo_user_q [2];
    logic                      rd_ptr_q, wr_ptr_q;
    logic [1:0]                count_q;

    wire push = s_axis_rx_tvalid && s_axis_rx_tready;
    wire pop  = m_axis_tx_tvalid && m_axis_tx_tready;

    always_ff @(posedge clk) begin
        if (rst) begin
            rd_ptr_q <= 1'b0;
            wr_ptr_q <= 1'b0;
            count_q  <= 2'd0;
        end else begin
            if (push) wr_ptr_q <= !wr_ptr_q;
            if (pop)  rd_ptr_q <= !rd_ptr_q;
            count_q <= count_q + 2'(push) - 2'(pop);
        end
    end

    always_ff @(posedge clk) begin
        if (push) begin
            fifo_data_q[wr_ptr_q] <= s_axis_rx_tdata;
            fifo_keep_q[wr_ptr_q] <= s_axis_rx_tkeep;
            fifo_last_q[wr_ptr_q] <= s_axis_rx_tlast;
            fifo_user_q[wr_ptr_q] <= s_axis_rx_tuser[0];
        end
    end

    assign s_axis_rx_tready = count_q != 2'd2;
    assign m_axis_tx_tvalid = count_q != 2'd0;
    assign m_axis_tx_tdata  = fifo_data_q[rd_ptr_q];
    assign m_axis_tx_tkeep  = fifo_keep_q[rd_ptr_q];
    assign m_axis_tx_tlast  = fifo_last_q[rd_ptr_q];
    assign m_axis_tx_tuser  = fifo_user_q[rd_ptr_q];

    wire unused = &{1'b0, s_axil_awprot, s_axil_wstrb, s_axil_arprot, s_axil_araddr[1:0],
                    m_axi_bid, m_axi_rid, irq_q[31:NUM_QUEUES]};
endmodule

`resetall
