package org.nicsim.run;

/**
 * How the CPUs FreeBSD netisr chose for hashed packets compare with other systems' placement of
 * the same hash (docs/dispatch-model.md): DragonFly {@code netisr_hashcpu} = (hash & 127) % ncpus and
 * Linux RPS {@code reciprocal_scale} = (hash · ncpus) >> 32. High and low hash bits differ, so the
 * same flow can land elsewhere under each.
 *
 * @param hashed           hashed packets handled by netisr
 * @param dragonflyDiffers of those, packets DragonFly would put on another CPU
 * @param linuxRpsDiffers  of those, packets Linux RPS would put on another CPU
 */
public record PlacementComparison(long hashed, long dragonflyDiffers, long linuxRpsDiffers) {
    public static final PlacementComparison NONE = new PlacementComparison(0, 0, 0);
}
