package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.model.rss.RssPlacement;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;
import org.nicsim.session.RecordingObserver;

/** packets.jsonl is in injection order whatever order the frames' fates become final in. */
class RxTrackerOrderTest {
    private final RecordingObserver records = new RecordingObserver();
    private final RxTracker tracker = new RxTracker(4, records);

    private static RxFrame frame(long index, int modelQueue, Fate predictedDrop) {
        // classification and hash type are not read on these paths (qdrop, error)
        return new RxFrame(index, new byte[64], new RssPlacement(null, null, 0, 0, modelQueue), 0, predictedDrop, 0);
    }

    private List<Long> indices() {
        return records.packets().stream().map(PacketRecord::index).toList();
    }

    @Test
    void framesFinishedInOrderAreEmittedAtOnce() {
        tracker.injected(frame(0, 0, Fate.ERROR));
        assertEquals(List.of(0L), indices());
        tracker.injected(frame(1, 0, Fate.ERROR));
        assertEquals(List.of(0L, 1L), indices());
        assertEquals(2, tracker.finishedCount());
    }

    @Test
    void aLaterFrameWaitsForAnEarlierOpenOne() {
        RxFrame f0 = frame(0, 0, null);
        RxFrame f1 = frame(1, 1, null);
        tracker.injected(f0);
        tracker.injected(f1);
        tracker.writtenBack(1, 1);
        f1.hwQueue = 1;
        tracker.qdropped(f1);
        assertEquals(List.of(), indices(), "frame 1 is final but frame 0 is still open");

        tracker.writtenBack(0, 0);
        f0.hwQueue = 0;
        tracker.qdropped(f0);
        assertEquals(List.of(0L, 1L), indices());
        assertEquals(List.of(Fate.QDROP, Fate.QDROP), records.packets().stream().map(PacketRecord::fate).toList());
    }

    @Test
    void anInOrderFrameAlsoReleasesTheFramesItHeldBack() {
        RxFrame f0 = frame(0, 0, null);
        tracker.injected(f0);
        tracker.injected(frame(1, 1, Fate.ERROR));
        tracker.injected(frame(2, 1, Fate.ERROR));
        assertEquals(List.of(), indices());
        tracker.writtenBack(0, 0);
        f0.hwQueue = 0;
        tracker.qdropped(f0);
        assertEquals(List.of(0L, 1L, 2L), indices());
        tracker.injected(frame(3, 1, Fate.ERROR));
        assertEquals(List.of(0L, 1L, 2L, 3L), indices());
    }
}
