package org.nicsim.bench;

/**
 * One measured repetition: the frames completed, the cycles simulated and the wall time spent
 * between the end of the warm-up and the end of the run.
 *
 * @param mode    how the model was driven
 * @param frames  frames completed inside the window
 * @param cycles  clock cycles simulated inside the window
 * @param seconds wall-clock seconds of the window
 * @param cpuSeconds CPU seconds of the simulating thread in the window (immune to other load on
 *                   the machine; the JVM's GC and JIT threads are not included)
 * @param crossings  JNI calls into the model inside the window, -1 where not counted
 * @param allocated  bytes the simulating thread allocated on the Java heap inside the window, -1
 *                   where not counted (the C++ harness)
 */
public record Sample(Mode mode, long frames, long cycles, double seconds, double cpuSeconds, long crossings,
        long allocated) {
    public Sample {
        if (frames <= 0 || cycles <= 0 || !(seconds > 0)) {
            throw new IllegalArgumentException("empty measurement window: " + frames + " frames, " + cycles
                    + " cycles, " + seconds + " s (warm-up too long for the frame count?)");
        }
    }

    public double cyclesPerSecond() {
        return cycles / seconds;
    }

    public double framesPerSecond() {
        return frames / seconds;
    }

    /** Cycles per CPU second of the simulating thread. */
    public double cyclesPerCpuSecond() {
        return cpuSeconds > 0 ? cycles / cpuSeconds : 0;
    }

    /** JNI calls per simulated cycle, NaN where not counted. */
    public double crossingsPerCycle() {
        return crossings < 0 ? Double.NaN : (double) crossings / cycles;
    }

    /** Frames per CPU second of the simulating thread. */
    public double framesPerCpuSecond() {
        return cpuSeconds > 0 ? frames / cpuSeconds : 0;
    }

    /** Java heap bytes allocated per frame, NaN where not counted. */
    public double allocatedPerFrame() {
        return allocated < 0 ? Double.NaN : (double) allocated / frames;
    }

    public double cyclesPerFrame() {
        return (double) cycles / frames;
    }
}
