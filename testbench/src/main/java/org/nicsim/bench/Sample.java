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
 */
public record Sample(Mode mode, long frames, long cycles, double seconds, double cpuSeconds, long crossings) {
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

    public double cyclesPerFrame() {
        return (double) cycles / frames;
    }
}
