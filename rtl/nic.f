nic_top.sv
axil_regs.sv
axi_dma_arb.sv
rx_datapath.sv
tx_engine.sv
