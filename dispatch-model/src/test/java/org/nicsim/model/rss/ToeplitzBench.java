package org.nicsim.model.rss;

import java.util.Random;

/**
 * Throughput harness for the table-driven Toeplitz hash (not a test: no timing assertions).
 * Run after {@code mvn -pl dispatch-model test-compile}:
 * {@code java -cp dispatch-model/target/classes:dispatch-model/target/test-classes org.nicsim.model.rss.ToeplitzBench}
 *
 * <p>Hashes 4096 distinct random inputs round-robin (so nothing is constant-folded), XORs every
 * result into a sink that is printed, 5 warm-up and 5 measured rounds of 1 s per input size.
 */
public final class ToeplitzBench {
    private ToeplitzBench() {
    }

    public static void main(String[] args) {
        ToeplitzTable table = ToeplitzTable.forKey(ToeplitzKey.DEFAULT);
        for (int len : new int[] {12, 36}) {
            byte[][] inputs = new byte[4096][len];
            Random r = new Random(len);
            for (byte[] in : inputs) {
                r.nextBytes(in);
            }
            for (int round = 0; round < 5; round++) {
                run(table, inputs, 1_000_000_000L);
            }
            double best = 0;
            double sum = 0;
            for (int round = 0; round < 5; round++) {
                double rate = run(table, inputs, 1_000_000_000L);
                best = Math.max(best, rate);
                sum += rate;
            }
            System.out.printf("table-driven Toeplitz, %2d-byte input: mean %.1f M hashes/s, best %.1f M hashes/s%n",
                    len, sum / 5 / 1e6, best / 1e6);
        }
        byte[] in = new byte[12];
        long t0 = System.nanoTime();
        int sink = 0;
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            in[i & 7] = (byte) i;
            sink ^= Toeplitz.hash(ToeplitzKey.DEFAULT, in);
        }
        double serial = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("bit-serial reference,   12-byte input: %.1f M hashes/s (sink %08x)%n", serial / 1e6, sink);
    }

    /** Hashes per second over about {@code nanos}. */
    private static double run(ToeplitzTable table, byte[][] inputs, long nanos) {
        int sink = 0;
        long count = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 1 << 20; i++) {
                sink ^= table.hash(inputs[i & 4095]);
            }
            count += 1 << 20;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        if (sink == 0x12345678) {
            System.out.println("sink");
        }
        return count / (elapsed / 1e9);
    }
}
