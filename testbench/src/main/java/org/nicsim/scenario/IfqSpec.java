package org.nicsim.scenario;

import java.util.Objects;

/**
 * DragonFly ifq staging and driver TX doorbell settings ({@code ifq}).
 *
 * @param stageCntMax {@code ifq_stage_cntmax}: packets a stage holds back before starting the driver
 * @param mtu interface MTU; a stage also starts the driver once its bytes reach {@code mtu - maxProtoHdr}
 * @param maxProtoHdr {@code max_protohdr}
 * @param mapSubq subqueue choice
 * @param txWregNsegs driver {@code tx_wreg_nsegs}: a tail write every this many descriptors within one
 *     start call, plus one at the end; 0 means one tail write per start call
 */
public record IfqSpec(int stageCntMax, int mtu, int maxProtoHdr, MapSubq mapSubq, int txWregNsegs) {

    public IfqSpec {
        Objects.requireNonNull(mapSubq, "mapSubq");
    }
}
