package org.nicsim.model.netisr;

/**
 * Global netisr settings.
 *
 * @param ncpus           logical CPUs (each has a workstream structure for statistics)
 * @param workstreams     {@code nws_count}; {@code nws_array[i] = i}
 * @param defaultQlimit   {@code net.isr.defaultqlimit}, used when a protocol asks for 0
 * @param maxQlimit       {@code net.isr.maxqlimit}
 * @param defaultDispatch {@code net.isr.dispatch}, never DEFAULT
 */
public record NetisrConfig(int ncpus, int workstreams, int defaultQlimit, int maxQlimit, NetisrDispatch defaultDispatch) {
    public static final int DEFAULT_QLIMIT = 256;
    public static final int MAX_QLIMIT = 10240;

    public NetisrConfig {
        if (ncpus < 1) {
            throw new IllegalArgumentException("cpus: " + ncpus + " must be at least 1");
        }
        if (workstreams < 1 || workstreams > ncpus) {
            throw new IllegalArgumentException("netisr.workstreams: " + workstreams + " outside [1, " + ncpus + "]");
        }
        if (maxQlimit < 1) {
            throw new IllegalArgumentException("netisr.maxqlimit: " + maxQlimit + " must be at least 1");
        }
        if (defaultQlimit < 1 || defaultQlimit > maxQlimit) {
            throw new IllegalArgumentException("netisr.qlimit: " + defaultQlimit + " outside [1, " + maxQlimit + "]");
        }
        if (defaultDispatch == null || defaultDispatch == NetisrDispatch.DEFAULT) {
            throw new IllegalArgumentException("netisr.dispatch: " + defaultDispatch
                    + " (expected DIRECT, HYBRID or DEFERRED)");
        }
    }

    /** FreeBSD defaults: one workstream per CPU, qlimit 256, max 10240, DIRECT. */
    public static NetisrConfig defaults(int ncpus) {
        return new NetisrConfig(ncpus, ncpus, DEFAULT_QLIMIT, MAX_QLIMIT, NetisrDispatch.DIRECT);
    }

    public NetisrConfig withDispatch(NetisrDispatch d) {
        return new NetisrConfig(ncpus, workstreams, defaultQlimit, maxQlimit, d);
    }

    public NetisrConfig withWorkstreams(int n) {
        return new NetisrConfig(ncpus, n, defaultQlimit, maxQlimit, defaultDispatch);
    }
}
