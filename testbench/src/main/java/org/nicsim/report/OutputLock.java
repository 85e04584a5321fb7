package org.nicsim.report;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Exclusive use of an output folder for the length of one run, sweep, regression or merge. The
 * lock is an OS file lock on {@code DIR/.nicsim.lock}, so a killed process never leaves it held
 * (the kernel releases it with the process); the file itself stays, holding the last holder's
 * pid, host, start time and command line for the message a second run prints.
 */
public final class OutputLock implements AutoCloseable {
    /** The lock file's name inside the output folder. */
    public static final String FILE = ".nicsim.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private OutputLock(FileChannel channel, FileLock lock, String holder) {
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Who holds the folder, as written into the lock file. Kept here because the lock file must
     * not be opened again while locked: closing any descriptor of it drops a POSIX lock.
     */
    public String holder() {
        return holder;
    }

    /**
     * Creates {@code dir} if needed and locks it.
     *
     * @throws FolderInUseException naming the holder when another run has the folder
     * @throws IOException          when the folder or the lock file cannot be made
     */
    public static OutputLock acquire(Path dir, List<String> command) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;   // held by this same JVM (another thread's run)
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (l == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            ch.close();
            throw new FolderInUseException(dir, holder.isEmpty() ? "another nicsim run" : holder);
        }
        String holder = holder(command);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
        return new OutputLock(ch, l, holder);
    }

    /** "pid 4242 on host build7 since 2026-12-03T04:30:00Z: nicsim run a.json --seed 2". */
    private static String holder(List<String> command) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        return "pid " + ProcessHandle.current().pid() + " on host " + host + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": nicsim " + String.join(" ", command) + "\n";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another process (or another run of this one) holds the folder. */
    public static final class FolderInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FolderInUseException(Path dir, String holder) {
            super(dir + ": the output folder is in use by " + holder.replace("\n", " ")
                    + " (wait for it to finish or choose another --out)");
        }
    }

}
