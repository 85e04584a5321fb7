// vl_user.cpp — Verilator's user-overridable stop hooks (enabled with -DVL_USER_FATAL,
// -DVL_USER_STOP, -DVL_USER_FINISH when compiling verilated.cpp).
//
// Verilator's defaults print and then abort() or exit(), which would take the whole JVM down.
// Here every one of them throws nicsim::SimulationStop; the JNI implementation catches it at the
// boundary, marks that one model instance dead and raises SimulationFatalException in Java.
// The throw unwinds through the generated eval code (built with exceptions enabled); the model's
// state after that is undefined, which is why the instance is not used again.
#include "errors.h"
#include "verilated.h"

#include <string>

namespace {
std::string where(const char* filename, int linenum, const char* msg) {
    std::string s = (msg && msg[0]) ? msg : "";
    if (filename && filename[0]) {
        s += (s.empty() ? "" : " ");
        s += "(" + std::string(filename) + ":" + std::to_string(linenum) + ")";
    }
    return s;
}
}  // namespace

void vl_fatal(const char* filename, int linenum, const char* /*hier*/, const char* msg) {
    throw nicsim::SimulationStop("$fatal", where(filename, linenum, msg));
}

void vl_stop(const char* filename, int linenum, const char* /*hier*/) {
    // Verilator 5.006 compiles $fatal (and failed assertions) to VL_STOP_MT too, after printing
    // the RTL's message: both arrive here and cannot be told apart.
    throw nicsim::SimulationStop("$stop/$fatal", where(filename, linenum, "Verilog $stop or $fatal"));
}

void vl_finish(const char* filename, int linenum, const char* /*hier*/) {
    throw nicsim::SimulationStop("$finish", where(filename, linenum, "Verilog $finish"));
}
