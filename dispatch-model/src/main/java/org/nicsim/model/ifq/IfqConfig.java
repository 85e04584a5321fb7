package org.nicsim.model.ifq;

import org.nicsim.model.rss.RingMap;

/**
 * Send-queue settings of one interface.
 *
 * @param ncpus          logical CPUs
 * @param owners         subqueue (= TX ring) to owner CPU; its size is the number of subqueues
 * @param stageCntMax    {@code net.link.stage_cntmax}; 0 disables staging
 * @param mtu            {@code if_mtu}
 * @param maxProtoHdr    {@code max_protohdr}
 * @param mapSubq        subqueue choice per CPU
 * @param requestedMaxLen the driver's {@code ifq_set_maxlen(len)} argument
 */
public record IfqConfig(int ncpus, RingMap owners, int stageCntMax, int mtu, int maxProtoHdr, MapSubq mapSubq,
                        int requestedMaxLen) {
    /** Stage count limit in the seed's DragonFly revision (current DragonFly: 16). */
    public static final int DEFAULT_STAGE_CNTMAX = 4;
    public static final int DEFAULT_MTU = 1500;
    public static final int DEFAULT_MAX_PROTOHDR = 40;
    /** DragonFly {@code IFQ_MAXLEN}. */
    public static final int DEFAULT_MAXLEN = 250;
    /** {@code MCLBYTES}: the byte limit of a subqueue is {@code maxlen * MCLBYTES}. */
    public static final int MCLBYTES = 2048;

    public IfqConfig {
        if (ncpus < 1) {
            throw new IllegalArgumentException("cpus: " + ncpus + " must be at least 1");
        }
        if (owners == null) {
            throw new IllegalArgumentException("ifq.owners: null");
        }
        if (owners.ncpus() != ncpus) {
            throw new IllegalArgumentException("ifq.owners: ring map is for " + owners.ncpus() + " CPUs, not " + ncpus);
        }
        if (stageCntMax < 0) {
            throw new IllegalArgumentException("ifq.stageCntMax: " + stageCntMax + " must not be negative");
        }
        if (maxProtoHdr < 0) {
            throw new IllegalArgumentException("ifq.maxProtoHdr: " + maxProtoHdr + " must not be negative");
        }
        if (mtu < 1 || mtu <= maxProtoHdr) {
            throw new IllegalArgumentException("ifq.mtu: " + mtu + " must exceed maxProtoHdr " + maxProtoHdr);
        }
        if (mapSubq == null) {
            throw new IllegalArgumentException("ifq.mapSubq: null (expected default or mask)");
        }
        int n = owners.nqueues();
        if (mapSubq == MapSubq.MASK && Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("ifq.mapSubq: mask needs a power-of-two number of subqueues, not " + n);
        }
        if (requestedMaxLen < 1) {
            throw new IllegalArgumentException("ifq.maxLen: " + requestedMaxLen + " must be at least 1");
        }
    }

    /** Defaults: seed's stage_cntmax 4, mtu 1500, max_protohdr 40, subqueue 0, owners (q % ncpus). */
    public static IfqConfig defaults(int ncpus, int nsubq) {
        return new IfqConfig(ncpus, RingMap.withOffset(nsubq, ncpus, 0), DEFAULT_STAGE_CNTMAX, DEFAULT_MTU,
                DEFAULT_MAX_PROTOHDR, MapSubq.DEFAULT, DEFAULT_MAXLEN);
    }

    public IfqConfig withStageCntMax(int n) {
        return new IfqConfig(ncpus, owners, n, mtu, maxProtoHdr, mapSubq, requestedMaxLen);
    }

    public IfqConfig withMapSubq(MapSubq m) {
        return new IfqConfig(ncpus, owners, stageCntMax, mtu, maxProtoHdr, m, requestedMaxLen);
    }

    public IfqConfig withMaxLen(int len) {
        return new IfqConfig(ncpus, owners, stageCntMax, mtu, maxProtoHdr, mapSubq, len);
    }

    public int nsubq() {
        return owners.nqueues();
    }

    /** {@code ifq_set_maxlen}: {@code len + ncpus * stage_cntmax}, room for every CPU's stage. */
    public int maxLen() {
        return requestedMaxLen + ncpus * stageCntMax;
    }

    /** Staging holds back while the stage's bytes stay below {@code mtu - max_protohdr}. */
    public int stageByteLimit() {
        return mtu - maxProtoHdr;
    }
}
