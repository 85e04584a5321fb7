package org.nicsim.model.ifq;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Predicts the TX tail writes a correct system performs for a transmit trace. Written apart from
 * {@link Ifq} (it shares no code path) so that comparing the two finds bugs in either.
 *
 * <p>It simulates these rules directly, for a driver like {@link ModelTxDriver} (one descriptor
 * per packet, posts until the subqueue is empty or the ring is full). With such a driver the
 * if_start interlock is always released when a start returns and no start is ever deferred to a
 * message, so neither needs simulating.
 * <ol>
 * <li>Frame on CPU c, subqueue s, netisr context: the (s, c) stage counts it
 *     ({@code cnt += 1}, {@code len += length}); the start is held back while
 *     {@code cnt < stageCntMax && len < mtu - maxProtoHdr}. Outside netisr: never held back, no stage.</li>
 * <li>The subqueue takes the frame if it holds fewer than maxLen packets and fewer than
 *     {@code maxLen * 2048} bytes; otherwise the frame is dropped and nothing is held back.</li>
 * <li>Held back: the stage joins the end of CPU c's stage list (unless already on it); no start.</li>
 * <li>Not held back (netisr): the stage leaves the list and is zeroed; then the subqueue starts.</li>
 * <li>Rollup on CPU c: every stage on c's list, in list order, is zeroed and its subqueue started.</li>
 * <li>Start of subqueue s (TX queue s): nothing if the ring is marked full (oactive). Otherwise
 *     post packets in order while the ring has a free slot (size - 1 usable), tail = tail + 1
 *     mod size; after every {@code txWregNsegs}-th posted descriptor (if non-zero) write the
 *     tail; at the end write the tail if anything was posted since the last write. Packets left
 *     with the ring full mark it oactive.</li>
 * <li>Completion of n on queue q: {@code min(n, in use)} descriptors are freed; if any, oactive
 *     clears; if packets wait, queue q starts (on the completion's CPU).</li>
 * </ol>
 */
public final class DoorbellPredictor {
    private DoorbellPredictor() {
    }

    /**
     * Settings the rules above need.
     *
     * @param ncpus          CPUs
     * @param nsubq          subqueues = TX queues
     * @param stageCntMax    stage packet limit
     * @param stageByteLimit {@code mtu - max_protohdr}
     * @param subqMaxLen     packets a subqueue holds ({@code ifq_set_maxlen} result)
     * @param ring           ring size, starting tail, {@code tx_wreg_nsegs}
     */
    public record Config(int ncpus, int nsubq, int stageCntMax, int stageByteLimit, int subqMaxLen, TxRingConfig ring) {
        public Config {
            if (ncpus < 1 || nsubq < 1 || stageCntMax < 0 || stageByteLimit < 1 || subqMaxLen < 1 || ring == null) {
                throw new IllegalArgumentException("predictor config: ncpus " + ncpus + ", nsubq " + nsubq
                        + ", stageCntMax " + stageCntMax + ", stageByteLimit " + stageByteLimit + ", subqMaxLen "
                        + subqMaxLen + ", ring " + ring);
            }
        }

        /** The settings an {@link Ifq} with {@code ifq} and a driver with {@code ring} run under. */
        public static Config of(IfqConfig ifq, TxRingConfig ring) {
            return new Config(ifq.ncpus(), ifq.nsubq(), ifq.stageCntMax(), ifq.stageByteLimit(), ifq.maxLen(), ring);
        }
    }

    /** The tail writes, in order, that {@code trace} must produce. */
    public static List<TailWrite> predict(Config cfg, List<? extends TxEvent> trace) {
        return new Run(cfg).play(trace);
    }

    /**
     * The same prediction fed one event at a time, for traces too long to hold (a co-simulation of
     * millions of frames compares doorbells as they happen).
     */
    public static final class Session {
        private final Run run;
        private long index;

        public Session(Config cfg) {
            this.run = new Run(cfg);
        }

        /** The tail writes {@code event} causes, in order (often none). */
        public List<TailWrite> step(TxEvent event) {
            run.out.clear();
            run.playOne(index++, event);
            return List.copyOf(run.out);
        }
    }

    private static final class Run {
        final Config cfg;
        final int[][] cnt;
        final int[][] len;
        final List<List<Integer>> stageList = new ArrayList<>();
        final List<ArrayDeque<Integer>> backlog = new ArrayList<>();
        final long[] backlogBytes;
        final int[] tail;
        final int[] used;
        final boolean[] full;
        final List<TailWrite> out = new ArrayList<>();

        Run(Config cfg) {
            this.cfg = cfg;
            cnt = new int[cfg.nsubq()][cfg.ncpus()];
            len = new int[cfg.nsubq()][cfg.ncpus()];
            for (int c = 0; c < cfg.ncpus(); c++) {
                stageList.add(new ArrayList<>());
            }
            for (int s = 0; s < cfg.nsubq(); s++) {
                backlog.add(new ArrayDeque<>());
            }
            backlogBytes = new long[cfg.nsubq()];
            tail = new int[cfg.nsubq()];
            java.util.Arrays.fill(tail, cfg.ring().startTail());
            used = new int[cfg.nsubq()];
            full = new boolean[cfg.nsubq()];
        }

        List<TailWrite> play(List<? extends TxEvent> trace) {
            for (int i = 0; i < trace.size(); i++) {
                playOne(i, trace.get(i));
            }
            return out;
        }

        void playOne(long i, TxEvent e) {
            {
                if (e instanceof TxEvent.Frame f) {
                    check(i, f.cpu(), f.subqueue());
                    frame(f);
                } else if (e instanceof TxEvent.Rollup r) {
                    check(i, r.cpu(), 0);
                    rollup(r.cpu());
                } else if (e instanceof TxEvent.Completion k) {
                    check(i, k.cpu(), k.queue());
                    completion(k);
                } else {
                    throw new IllegalArgumentException("trace[" + i + "]: null event");
                }
            }
        }

        void check(long i, int cpu, int subq) {
            if (cpu >= cfg.ncpus() || subq >= cfg.nsubq()) {
                throw new IllegalArgumentException("trace[" + i + "]: cpu " + cpu + " or queue " + subq
                        + " outside " + cfg.ncpus() + " CPUs / " + cfg.nsubq() + " queues");
            }
        }

        void frame(TxEvent.Frame f) {
            int s = f.subqueue();
            int c = f.cpu();
            boolean holdBack = false;
            if (f.netisr()) { // rule 1
                cnt[s][c] += 1;
                len[s][c] += f.length();
                holdBack = cnt[s][c] < cfg.stageCntMax() && len[s][c] < cfg.stageByteLimit();
            }
            ArrayDeque<Integer> q = backlog.get(s);
            if (q.size() < cfg.subqMaxLen() && backlogBytes[s] < (long) cfg.subqMaxLen() * IfqConfig.MCLBYTES) {
                q.addLast(f.length()); // rule 2
                backlogBytes[s] += f.length();
            } else {
                holdBack = false;
            }
            if (holdBack) { // rule 3
                if (!stageList.get(c).contains(s)) {
                    stageList.get(c).add(s);
                }
                return;
            }
            if (f.netisr()) { // rule 4
                stageList.get(c).remove(Integer.valueOf(s));
                cnt[s][c] = 0;
                len[s][c] = 0;
            }
            start(s, c);
        }

        void rollup(int c) { // rule 5
            List<Integer> list = stageList.get(c);
            while (!list.isEmpty()) {
                int s = list.remove(0);
                cnt[s][c] = 0;
                len[s][c] = 0;
                start(s, c);
            }
        }

        void completion(TxEvent.Completion k) { // rule 7
            int q = k.queue();
            int freed = Math.min(k.descriptors(), used[q]);
            used[q] -= freed;
            if (freed > 0) {
                full[q] = false;
            }
            if (!backlog.get(q).isEmpty()) {
                start(q, k.cpu());
            }
        }

        void start(int s, int c) { // rule 6
            if (full[s]) {
                return;
            }
            int size = cfg.ring().ringSize();
            int every = cfg.ring().txWregNsegs();
            int pending = 0;
            ArrayDeque<Integer> q = backlog.get(s);
            while (!q.isEmpty()) {
                if (used[s] == size - 1) {
                    full[s] = true;
                    break;
                }
                backlogBytes[s] -= q.removeFirst();
                used[s]++;
                tail[s] = (tail[s] + 1) % size;
                pending++;
                if (every != 0 && pending == every) {
                    out.add(new TailWrite(s, tail[s], c));
                    pending = 0;
                }
            }
            if (pending != 0) {
                out.add(new TailWrite(s, tail[s], c));
            }
        }
    }
}
