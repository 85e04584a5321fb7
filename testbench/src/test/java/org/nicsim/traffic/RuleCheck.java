package org.nicsim.traffic;

import java.util.Set;
import java.util.TreeSet;

/**
 * Test oracle: the frame classification rules C1..C12 (the malformed-frame rules of the
 * {@code org.nicsim.model.rss} package-info, docs/dispatch-model.md), written
 * from the rule text independently of the generator. Records every rule a frame breaks (rules
 * whose fields are not present because an earlier length rule failed are not evaluated).
 */
record RuleCheck(Set<String> violated, boolean vlan, boolean ipv4, boolean ipv6, boolean tcp, boolean udp,
                 boolean fragment, int l3Offset) {

    boolean malformed() {
        return !violated.isEmpty();
    }

    static int u16(byte[] f, int i) {
        return ((f[i] & 0xFF) << 8) | (f[i + 1] & 0xFF);
    }

    static RuleCheck of(byte[] f) {
        Set<String> bad = new TreeSet<>();
        int len = f.length;
        if (len < 14) { // C1
            bad.add("C1");
            return new RuleCheck(bad, false, false, false, false, false, false, -1);
        }
        int e = u16(f, 12);
        int o = 14;
        boolean vlan = false;
        if (e == 0x8100) { // C2
            if (len < 18) {
                bad.add("C2");
                return new RuleCheck(bad, false, false, false, false, false, false, -1);
            }
            vlan = true;
            e = u16(f, 16);
            o = 18;
        }
        boolean tcp = false;
        boolean udp = false;
        boolean frag = false;
        if (e == 0x0800) {
            if (len - o < 20) { // C4
                bad.add("C4");
                return new RuleCheck(bad, vlan, true, false, false, false, false, o);
            }
            if ((f[o] & 0xFF) >> 4 != 4) { // C5
                bad.add("C5");
            }
            int ihl = f[o] & 0x0F;
            if (ihl < 5 || len - o < 4 * ihl) { // C6
                bad.add("C6");
            }
            int tl = u16(f, o + 2);
            if (tl < 4 * ihl || o + tl > len) { // C7
                bad.add("C7");
            }
            if (bad.isEmpty()) { // C8
                int ff = u16(f, o + 6);
                frag = (ff & 0x2000) != 0 || (ff & 0x1FFF) != 0;
                int proto = f[o + 9] & 0xFF;
                if (!frag && (proto == 6 || proto == 17)) {
                    if (4 * ihl + 4 > tl) {
                        bad.add("C8");
                    } else {
                        tcp = proto == 6;
                        udp = proto == 17;
                    }
                }
            }
            return new RuleCheck(bad, vlan, true, false, tcp, udp, frag && bad.isEmpty(), o);
        }
        if (e == 0x86DD) {
            if (len - o < 40) { // C9
                bad.add("C9");
                return new RuleCheck(bad, vlan, false, true, false, false, false, o);
            }
            if ((f[o] & 0xFF) >> 4 != 6) { // C10
                bad.add("C10");
            }
            int pl = u16(f, o + 4);
            if (o + 40 + pl > len) { // C11
                bad.add("C11");
            }
            int nh = f[o + 6] & 0xFF;
            if (bad.isEmpty() && (nh == 6 || nh == 17)) { // C12
                if (pl < 4) {
                    bad.add("C12");
                } else {
                    tcp = nh == 6;
                    udp = nh == 17;
                }
            }
            return new RuleCheck(bad, vlan, false, true, tcp, udp, false, o);
        }
        return new RuleCheck(bad, vlan, false, false, false, false, false, o); // C3: non-IP
    }
}
