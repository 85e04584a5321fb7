package org.nicsim.model.netisr;

/** The rules {@code netisr_register} enforces on a {@code struct netisr_handler}. */
final class HandlerRules {
    private HandlerRules() {
    }

    /**
     * @param protos the handlers registered so far, by protocol number
     * @throws NetisrRegistrationException naming the {@code nh_*} field that breaks a rule
     */
    static void check(NetisrHandler h, NetisrHandler[] protos) {
        if (h == null) {
            throw new NetisrRegistrationException("nhp", "null handler structure");
        }
        String name = h.name();
        if (name == null || name.isEmpty()) {
            throw new NetisrRegistrationException("nh_name", "missing");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw new NetisrRegistrationException("nh_name", "\"" + name + "\" contains whitespace");
        }
        if (h.handler() == null) {
            throw new NetisrRegistrationException("nh_handler", "missing for " + name);
        }
        if (h.policy() == null) {
            throw new NetisrRegistrationException("nh_policy", "missing for " + name + " (expected SOURCE, FLOW or CPU)");
        }
        if (h.m2flow() != null && h.policy() != NetisrPolicy.FLOW) {
            throw new NetisrRegistrationException("nh_m2flow", "set for " + name + " but policy is " + h.policy());
        }
        if (h.policy() == NetisrPolicy.CPU && h.m2cpuid() == null) {
            throw new NetisrRegistrationException("nh_m2cpuid", "missing for " + name + " with policy CPU");
        }
        if (h.policy() != NetisrPolicy.CPU && h.m2cpuid() != null) {
            throw new NetisrRegistrationException("nh_m2cpuid", "set for " + name + " but policy is " + h.policy());
        }
        if (h.dispatch() == null) {
            throw new NetisrRegistrationException("nh_dispatch", "missing for " + name);
        }
        if (h.proto() < 1 || h.proto() >= NetisrProto.NETISR_MAXPROT) {
            throw new NetisrRegistrationException("nh_proto", h.proto() + " outside [1, "
                    + (NetisrProto.NETISR_MAXPROT - 1) + "]");
        }
        if (h.qlimit() < 0) {
            throw new NetisrRegistrationException("nh_qlimit", h.qlimit() + " is negative");
        }
        if (protos[h.proto()] != null) {
            throw new NetisrRegistrationException("nh_proto", h.proto() + " already registered by "
                    + protos[h.proto()].name());
        }
        for (NetisrHandler other : protos) {
            if (other != null && other.name().equals(name)) {
                throw new NetisrRegistrationException("nh_name", "\"" + name + "\" already registered for proto "
                        + other.proto());
            }
        }
    }
}
