package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Thread confinement and the closed state are checked in Java before any native call. */
class ConfinementTest {
    private static Throwable fromOtherThread(Runnable r) throws InterruptedException {
        CompletableFuture<Void> f = CompletableFuture.runAsync(r);
        try {
            f.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void useFromAnotherThreadIsAnIllegalStateNamingBothThreads() throws Exception {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            Throwable t = fromOtherThread(() -> m.run(10, 0));
            assertTrue(t instanceof IllegalStateException, String.valueOf(t));
            assertTrue(t.getMessage().contains(Thread.currentThread().getName()), t.getMessage());
            assertTrue(fromOtherThread(m::close) instanceof IllegalStateException, "close too");
            assertDoesNotThrow(() -> m.run(10, 0), "the owner can still use it");
        }
    }

    @Test
    void everyCallAfterCloseIsAnIllegalState() {
        NicModel m = NicModel.open(TestTop.options().build());
        m.close();
        assertThrows(IllegalStateException.class, () -> m.run(1, 0));
        assertThrows(IllegalStateException.class, () -> m.mmioWrite(0, 0));
        assertThrows(IllegalStateException.class, () -> m.mmioRead(0));
        assertThrows(IllegalStateException.class, m::cycle);
        assertThrows(IllegalStateException.class, m::hostMemory);
        assertThrows(IllegalStateException.class, m::drainTx);
        assertThrows(IllegalStateException.class, () -> m.pins().peek("clk"));
        assertThrows(IllegalStateException.class, () -> m.injectFrame(new byte[1], false, 0));
    }

    @Test
    void closeIsIdempotent() {
        NicModel m = NicModel.open(TestTop.options().build());
        m.close();
        assertDoesNotThrow(m::close);
    }
}
