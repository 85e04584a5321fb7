// errors.h — C++ exceptions the bridge raises; jni_impl.cpp turns each into a Java exception.
#pragma once

#include <stdexcept>
#include <string>

namespace nicsim {

// Bad argument from Java -> IllegalArgumentException
struct ArgumentError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Call not allowed in the current state -> IllegalStateException
struct StateError : std::logic_error {
    using std::logic_error::logic_error;
};

// A bounded wait ran out of cycles -> SimulationTimeoutException (model stays usable)
struct TimeoutError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The waveform file could not be written whole (disk full, file size limit) -> TraceWriteException
struct TraceWriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Verilator $fatal / $stop / $finish or an internal Verilator fatal -> SimulationFatalException;
// thrown from vl_fatal/vl_stop/vl_finish (vl_user.cpp) through eval(); the instance is dead after.
struct SimulationStop : std::runtime_error {
    SimulationStop(const char* what, const std::string& message)
        : std::runtime_error(std::string(what) + ": " + message), kind(what) {}
    const char* kind;
};

}  // namespace nicsim
