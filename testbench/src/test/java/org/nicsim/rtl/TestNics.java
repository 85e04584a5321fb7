package org.nicsim.rtl;

import org.nicsim.cosim.NicOptions;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;

/** Opens the real nic_top model the way RTL tests want it. */
final class TestNics {
    private TestNics() {}

    static NicModel open() {
        return NicModel.open(NicOptions.builder().seed(1).hostMemoryBytes(1 << 20).build());
    }

    static NicModel open(NicModelOptions.Builder options) {
        return NicModel.open(options.build());
    }
}
