#!/usr/bin/env bash
# gate-ico.sh OBJ_DIR — let the bridge skip the input-combinational ('ico') pass of an eval() whose
# inputs are those of the eval() before it, in the C++ that Verilator wrote to OBJ_DIR.
#
# Why: Verilator 5.006 runs the 'ico' region (the logic that input ports feed: here the bus
# handshakes between blocks) at the start of every eval(). The bridge evaluates twice per cycle:
# once after the bus models drive the inputs with clk low, once for the rising edge, with nothing
# but clk changed in between. When no 'ico' logic reads clk, the edge's pass recomputes exactly the
# values the first left: 7 % of the C++ harness's instructions on 64-byte frames (callgrind).
#
# How: the region's trigger, "first iteration of this eval()", also asks the bridge
# (nicsim::inputsSettled in model.cpp, true only for the edge evaluation). The scheduler, its
# convergence checks and every other region stay as Verilator wrote them.
#
# The edit is made only when it is sound and the generated code is the shape it expects: exactly
# one such trigger line, and clk read nowhere but in the edge trigger and the debug assertions.
# Otherwise the files are left alone, the model evaluates the region every time (correct, slower),
# and this says why on stderr. Exit status 0 either way; 2 for bad usage.
set -euo pipefail
OBJ=${1:?usage: gate-ico.sh OBJ_DIR}
[ -d "$OBJ" ] || { echo "gate-ico.sh: no directory $OBJ" >&2; exit 2; }

TRIGGER='vlSelf->__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);'
GATED='vlSelf->__VicoTriggered.at(0U) = ((0U == vlSelf->__VicoIterCount) \&\& !nicsim::inputsSettled(vlSymsp->__Vm_modelp));'
DECL='class Vnic; namespace nicsim { bool inputsSettled(const Vnic* model); }  // model.cpp (gate-ico.sh)'

skip() { echo "nicsim-native: input-combinational gate not applied ($1): the model evaluates it on every eval()" >&2; exit 0; }

mapfile -t hits < <(grep -lF -- "$TRIGGER" "$OBJ"/*.cpp || true)
[ "${#hits[@]}" = 1 ] || skip "${#hits[@]} files hold the trigger line this Verilator version was expected to write"
[ "$(grep -cF -- "$TRIGGER" "${hits[0]}")" = 1 ] || skip "the trigger line appears more than once"

# clk as data anywhere in the evaluation (not only in 'ico': a function 'ico' calls would count),
# in the root and in any module Verilator did not inline: every read must be in the edge trigger
# or the debug assertions
mapfile -t evalFiles < <(ls "$OBJ"/Vnic*.cpp | grep -v -e '__Slow\.cpp$' -e '__Syms\.cpp$' -e '__Trace' \
    -e '__ConstPool' -e '/Vnic\.cpp$' || true)
[ "${#evalFiles[@]}" -gt 0 ] || skip "no evaluation files to check"
readers=$(awk '
    /^[A-Za-z].*\(Vnic[A-Za-z0-9_]*\* vlSelf[^)]*\) \{/ { fn = $0; sub(/\(.*/, "", fn); sub(/.* /, "", fn) }
    /(vlSelf->|TOP\.)clk([^A-Za-z0-9_]|$)/ { print fn }
' "${evalFiles[@]}" </dev/null | sort -u |
    grep -vx -e 'Vnic___024root___eval_triggers__act' -e 'Vnic___024root___eval_debug_assertions' || true)
[ -z "$readers" ] || skip "clk is read in $(echo $readers)"

awk '/___eval_triggers__ico\(Vnic___024root\* vlSelf\) \{/ { f = 1 } f && /vlSymsp .*= vlSelf->vlSymsp;/ { ok = 1 }
     f && /^}/ { exit } END { exit !ok }' "${hits[0]}" || skip "the trigger function has no vlSymsp"

sed -i -e "s|$(printf '%s' "$TRIGGER" | sed 's/[][\.*^$|]/\\&/g')|$GATED|" -e "0,/^#include/s||$DECL\n&|" "${hits[0]}"
grep -qF 'nicsim::inputsSettled(vlSymsp->__Vm_modelp)' "${hits[0]}" || { echo "gate-ico.sh: the edit of ${hits[0]} failed" >&2; exit 3; }
echo "nicsim-native: input-combinational region gated for clk-only evaluations ($(basename "${hits[0]}"))"
