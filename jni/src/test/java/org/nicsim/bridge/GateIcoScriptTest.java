package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gate-ico.sh edits Verilator's generated C++ so the rising edge's eval() can skip the
 * input-combinational pass. It must edit only the shape of code it knows and only when that is
 * sound (no input-combinational logic reads clk); otherwise it leaves every file as it was.
 * The fixtures are the functions Verilator 5.006 writes, cut down to the lines that matter.
 */
class GateIcoScriptTest {
    private static final String TRIGGERS = """
            #include "verilated.h"

            #include "Vnic__Syms.h"
            #include "Vnic___024root.h"

            void Vnic___024root___eval_triggers__ico(Vnic___024root* vlSelf) {
                if (false && vlSelf) {}  // Prevent unused
                Vnic__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
                // Body
                vlSelf->__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);
            }

            void Vnic___024root___eval_triggers__act(Vnic___024root* vlSelf) {
                Vnic__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
                vlSelf->__VactTriggered.at(0U) = ((IData)(vlSelf->clk)
                                                  & (~ (IData)(vlSelf->__Vtrigrprev__TOP__clk)));
                vlSelf->__Vtrigrprev__TOP__clk = vlSelf->clk;
            }
            """;

    private static String ico(String rreadyTerm) {
        return """
                #include "verilated.h"

                VL_INLINE_OPT void Vnic___024root___ico_sequent__TOP__0(Vnic___024root* vlSelf) {
                    vlSelf->m_axi_rready = (1U & (%s | (IData)(vlSelf->nic_top__DOT__txd_rready)));
                }
                """.formatted(rreadyTerm);
    }

    @TempDir
    Path obj;

    private record Result(int status, String output) {
    }

    private Result gate() throws Exception {
        Path script = Path.of(System.getProperty("nicsim.root"), "jni/src/main/native/gate-ico.sh");
        Process p = new ProcessBuilder("bash", script.toString(), obj.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private void write(String triggers, String ico) throws Exception {
        Files.writeString(obj.resolve("Vnic___024root__DepSet_hffa1d1bb__0.cpp"), triggers);
        Files.writeString(obj.resolve("Vnic___024root__DepSet_h092fc5af__0.cpp"), ico);
    }

    private String triggers() throws Exception {
        return Files.readString(obj.resolve("Vnic___024root__DepSet_hffa1d1bb__0.cpp"));
    }

    @Test
    void theFirstIterationTriggerAlsoAsksTheBridge() throws Exception {
        write(TRIGGERS, ico("(~ ((IData)(vlSelf->m_axi_rid) >> 3U))"));
        Result r = gate();
        assertEquals(0, r.status(), r.output());
        assertTrue(triggers().contains("vlSelf->__VicoTriggered.at(0U) = ((0U == vlSelf->__VicoIterCount) "
                + "&& !nicsim::inputsSettled(vlSymsp->__Vm_modelp));"), triggers());
        assertTrue(triggers().contains("namespace nicsim { bool inputsSettled(const Vnic* model); }"), triggers());
        assertTrue(r.output().contains("gated"), r.output());
    }

    @Test
    void inputCombinationalLogicThatReadsClkLeavesEveryFileAlone() throws Exception {
        write(TRIGGERS, ico("(IData)(vlSelf->clk)"));
        Result r = gate();
        assertEquals(0, r.status(), r.output());
        assertEquals(TRIGGERS, triggers());
        assertTrue(r.output().contains("not applied (clk is read in Vnic___024root___ico_sequent__TOP__0)"), r.output());
    }

    @Test
    void clkReadInAModuleVerilatorDidNotInlineLeavesEveryFileAlone() throws Exception {
        write(TRIGGERS, ico("(~ ((IData)(vlSelf->m_axi_rid) >> 3U))"));
        Files.writeString(obj.resolve("Vnic_rx_engine__DepSet_h5e1d0c3a__0.cpp"), """
                void Vnic_rx_engine___ico_sequent__TOP__nic_top__u_rx__0(Vnic_rx_engine* vlSelf) {
                    vlSelf->r_fire = (vlSelf->clk & vlSelf->rvalid);
                }
                """);
        Result r = gate();
        assertEquals(0, r.status(), r.output());
        assertEquals(TRIGGERS, triggers());
        assertTrue(r.output().contains("not applied (clk is read in Vnic_rx_engine___ico_sequent__TOP__nic_top__u_rx__0)"),
                r.output());
    }

    @Test
    void aTriggerOfAnotherShapeLeavesEveryFileAlone() throws Exception {
        // another Verilator release (its own change detection, say): nothing this script knows
        String other = TRIGGERS.replace("(0U == vlSelf->__VicoIterCount)", "vlSelf->__VicoFirstIteration");
        write(other, ico("(~ ((IData)(vlSelf->m_axi_rid) >> 3U))"));
        Result r = gate();
        assertEquals(0, r.status(), r.output());
        assertEquals(other, triggers());
        assertTrue(r.output().contains("not applied (0 files hold the trigger line"), r.output());
    }
}
