package org.nicsim.model.netisr;

/**
 * A protocol registration, {@code struct netisr_handler}. Plain data: {@link Netisr#register}
 * checks the rules and rejects violations.
 *
 * @param name       {@code nh_name}: unique, no whitespace
 * @param proto      {@code nh_proto}: 1..15
 * @param handler    {@code nh_handler}: required
 * @param m2flow     {@code nh_m2flow}: optional, FLOW policy only
 * @param m2cpuid    {@code nh_m2cpuid}: required with CPU policy, forbidden otherwise
 * @param drainedcpu {@code nh_drainedcpu}: optional
 * @param qlimit     {@code nh_qlimit}: 0 means the default limit; above the maximum is capped
 * @param policy     {@code nh_policy}
 * @param dispatch   {@code nh_dispatch}: DEFAULT follows the global policy
 */
public record NetisrHandler(String name, int proto, ProtocolHandler handler, M2Flow m2flow, M2Cpuid m2cpuid,
                            DrainedCpu drainedcpu, int qlimit, NetisrPolicy policy, NetisrDispatch dispatch) {

    public static Builder builder(String name, int proto, ProtocolHandler handler) {
        return new Builder(name, proto, handler);
    }

    /** Fills the optional fields: SOURCE policy, DEFAULT dispatch, qlimit 0, no callbacks. */
    public static final class Builder {
        private final String name;
        private final int proto;
        private final ProtocolHandler handler;
        private M2Flow m2flow;
        private M2Cpuid m2cpuid;
        private DrainedCpu drainedcpu;
        private int qlimit;
        private NetisrPolicy policy = NetisrPolicy.SOURCE;
        private NetisrDispatch dispatch = NetisrDispatch.DEFAULT;

        private Builder(String name, int proto, ProtocolHandler handler) {
            this.name = name;
            this.proto = proto;
            this.handler = handler;
        }

        public Builder policy(NetisrPolicy p) {
            this.policy = p;
            return this;
        }

        public Builder dispatch(NetisrDispatch d) {
            this.dispatch = d;
            return this;
        }

        public Builder qlimit(int q) {
            this.qlimit = q;
            return this;
        }

        public Builder m2flow(M2Flow f) {
            this.m2flow = f;
            return this;
        }

        public Builder m2cpuid(M2Cpuid f) {
            this.m2cpuid = f;
            return this;
        }

        public Builder drainedcpu(DrainedCpu f) {
            this.drainedcpu = f;
            return this;
        }

        public NetisrHandler build() {
            return new NetisrHandler(name, proto, handler, m2flow, m2cpuid, drainedcpu, qlimit, policy, dispatch);
        }
    }
}
