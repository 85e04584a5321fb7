package org.nicsim.reliab;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries and seed of the fuzz properties. The default run is short and repeatable (fixed seed, the
 * tries the property names); nightly runs more with {@code -Dnicsim.fuzz.tries=N} and fresh inputs
 * with {@code -Dnicsim.fuzz.seed=random} (jqwik prints the seed of any failure, and
 * {@code -Dnicsim.fuzz.seed=<that seed>} replays it).
 */
public final class FuzzSettings implements AroundPropertyHook {
    /** Seed of the default run. */
    static final String DEFAULT_SEED = "4242";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty("nicsim.fuzz.tries");
        if (tries != null && !tries.isBlank()) {
            context.attributes().setTries(Integer.parseInt(tries.trim()));
        }
        String seed = System.getProperty("nicsim.fuzz.seed", DEFAULT_SEED).trim();
        if (!seed.equals("random")) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
