/**
 * The JNI bridge to the Verilator-simulated NIC: {@link org.nicsim.bridge.NicModel} and its value
 * types. Native bus-functional models run inside the simulation loop, so Java crosses JNI per
 * batch of cycles, not per cycle.
 */
package org.nicsim.bridge;
