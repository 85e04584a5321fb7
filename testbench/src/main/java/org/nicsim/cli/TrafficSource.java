package org.nicsim.cli;

import java.io.Closeable;
import java.util.Iterator;
import org.nicsim.report.TrafficInput;
import org.nicsim.run.InjectedFrame;

/** Where a run's receive frames come from: the scenario's generator or a capture file. */
interface TrafficSource {
    /** Frames the run will inject. */
    long total();

    /** The source as report.json records it. */
    TrafficInput describe();

    /** The frames, in injection order, indices 0, 1, 2, ...; each call starts at the first frame. */
    Frames open();

    /** An iterator over frames that may hold a file open. */
    interface Frames extends Iterator<InjectedFrame>, Closeable {
        @Override
        void close();
    }
}
