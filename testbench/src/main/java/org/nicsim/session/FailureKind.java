package org.nicsim.session;

import org.nicsim.bridge.SimulationFatalException;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.DriverException;

/**
 * Why a run stopped before it finished: exit status 3, except {@link #INTERRUPTED}. The
 * {@link #id()} is the spelling in report.json, junit.xml and the waveform's marker.
 */
public enum FailureKind {
    /** The stall watchdog fired: work pending, nothing moved. */
    STALL("stall"),
    /** The RTL reached a {@code $fatal} or {@code $stop}. */
    RTL_FATAL("rtl-fatal"),
    /** An MMIO operation did not complete in time. */
    TIMEOUT("timeout"),
    /** The driver found the NIC in a state it cannot work with. */
    DRIVER("driver"),
    /** The run's files could not be written. */
    OUTPUT("output"),
    /** The native library is missing or broken, or the model died. */
    NATIVE("native"),
    /** A defect of nicsim itself. */
    INTERNAL("internal"),
    /** SIGINT or SIGTERM stopped the run (exit status 130 or 143; report status {@code interrupted}). */
    INTERRUPTED("interrupted");

    private final String id;

    FailureKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind of a simulation failure the engine throws, or null for any other exception. */
    public static FailureKind ofSimulation(Throwable e) {
        return e instanceof SimulationStallException ? STALL
                : e instanceof SimulationFatalException ? RTL_FATAL
                : e instanceof SimulationTimeoutException ? TIMEOUT
                : e instanceof DriverException ? DRIVER : null;
    }
}
