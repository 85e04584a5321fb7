package org.nicsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One command's tenure of an output folder, so the folder always holds exactly one run: the
 * folder is locked ({@link OutputLock}), the outputs an earlier run left are removed, and a
 * {@code RUNNING} marker stands in the folder until the command's reports are written. A folder
 * with {@code RUNNING} and no report is a run that was killed; it never shows an older result.
 */
public final class OutputRun implements AutoCloseable {
    /** Present while a command writes the folder; its text is the holder (pid, host, start, command). */
    public static final String RUNNING = "RUNNING";

    private final Path dir;
    private final OutputLock lock;

    private OutputRun(Path dir, OutputLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (creating it), removes {@code staleFiles} (in order) and {@code staleDirs}
     * of an earlier command and any temporary report, and writes the marker.
     *
     * @throws OutputLock.FolderInUseException when another run holds the folder
     * @throws OutputWriteException            naming what could not be created or removed
     */
    public static OutputRun start(Path dir, List<String> command, List<String> staleFiles, List<String> staleDirs) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputWriteException.cannotCreate(dir, e);
        }
        OutputLock lock;
        try {
            lock = OutputLock.acquire(dir, command);
        } catch (IOException e) {
            throw new OutputWriteException(dir.resolve(OutputLock.FILE), e);
        }
        try {
            for (String f : staleFiles) {
                remove(dir.resolve(f));
            }
            for (String d : staleDirs) {
                removeTree(dir.resolve(d));
            }
            try (DirectoryStream<Path> tmp = Files.newDirectoryStream(dir, ".*.tmp")) {
                for (Path t : tmp) {
                    remove(t);
                }
            }
            Files.writeString(dir.resolve(RUNNING), lock.holder(), StandardCharsets.UTF_8);
        } catch (IOException | OutputWriteException e) {
            closeQuietly(lock);
            throw e instanceof OutputWriteException w ? w : new OutputWriteException(dir, (IOException) e);
        }
        return new OutputRun(dir, lock);
    }

    /** The reports are written: the folder now holds a finished (or interrupted) run. */
    public void finished() {
        delete(dir.resolve(RUNNING));
    }

    public Path dir() {
        return dir;
    }

    /** Releases the folder; the marker stays unless {@link #finished} was called. */
    @Override
    public void close() {
        closeQuietly(lock);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new OutputWriteException(p, e);
        }
    }

    private static void remove(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw OutputWriteException.cannotRemove(p, e);
        }
    }

    private static void removeTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            remove(root);
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                remove(p);
            }
        } catch (IOException e) {
            throw OutputWriteException.cannotRemove(root, e);
        }
    }

    private static void closeQuietly(OutputLock l) {
        try {
            l.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
