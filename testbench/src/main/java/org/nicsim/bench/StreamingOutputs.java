package org.nicsim.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.nicsim.report.RunRecorder;
import org.nicsim.run.ForwardingRunObserver;

/**
 * The outputs of {@code ./nicsim run}, written by the command line's own {@link RunRecorder}
 * (packets.jsonl, doorbells.jsonl, tx.pcap, streamed), plus the measurement window and an optional
 * per-pass hook (memory sampling).
 */
final class StreamingOutputs extends ForwardingRunObserver implements Closeable {
    private final RunRecorder recorder;
    private final Window window;
    private final CoSimRunner.ProgressHook hook;
    private long lastDone = -1;

    StreamingOutputs(Path dir, Window window, CoSimRunner.ProgressHook hook) throws IOException {
        this(RunRecorder.open(dir), window, hook);
    }

    private StreamingOutputs(RunRecorder recorder, Window window, CoSimRunner.ProgressHook hook) {
        super(recorder);
        this.recorder = recorder;
        this.window = window;
        this.hook = hook;
    }

    @Override
    public void progress(long done, long total, long cycle) {
        if (done != lastDone || done == total) {
            lastDone = done;
            window.pass(done, cycle);
            if (hook != null) {
                hook.progress(done, cycle);
            }
        }
    }

    @Override
    public void close() throws IOException {
        recorder.close();
    }
}
