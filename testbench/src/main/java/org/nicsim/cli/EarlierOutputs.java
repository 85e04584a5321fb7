package org.nicsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nicsim.coverage.RtlCoverage;
import org.nicsim.regress.RegressSummary;
import org.nicsim.report.OutputFiles;
import org.nicsim.report.OutputLock;
import org.nicsim.report.OutputWriteException;
import org.nicsim.report.SweepReport;

/**
 * Everything any nicsim command (run, sweep, regress, merge, replay, explain) writes into an
 * output folder. Every command removes all of it before it starts, whichever command wrote it,
 * so a folder never shows another command's older result; files nicsim does not write stay.
 */
final class EarlierOutputs {
    /**
     * The verdicts, removed first: when one cannot be removed the command stops with the earlier
     * run untouched, and once they are gone no partly removed folder reads as a pass.
     */
    static final List<String> VERDICTS = List.of(OutputFiles.REPORT_JSON, RegressSummary.FILE);

    /** The files, verdicts first. */
    static final List<String> FILES = files();

    /** The folders of a regression (its cases) and an RTL coverage report, whoever wrote the folder. */
    static final List<String> FOLDERS = List.of("cases", RtlCoverage.HTML_DIR);

    /** The folders only a closure run writes: removed only when the folder's last command was a regress. */
    static final List<String> CLOSURE_FOLDERS = List.of(UntilCovered.GENERATED_DIR, UntilCovered.CLOSURE_DIR);

    private EarlierOutputs() {
    }

    private static List<String> files() {
        List<String> all = new ArrayList<>(VERDICTS);
        for (String f : OutputFiles.ALL) {
            if (!all.contains(f)) {
                all.add(f);
            }
        }
        all.addAll(List.of(SweepReport.CSV, SweepReport.HTML, "coverage.html", "coverage-counted.dat",
                UntilCovered.REPORT));
        return List.copyOf(all);
    }

    /**
     * {@link #FOLDERS}, and what the folder's last command wrote beside them: a regress's
     * {@link #CLOSURE_FOLDERS}, a sweep's per-value folders. The lock file names that command; a
     * run's own folders ({@code 01-baseline/} holding another run) stay when it was not a sweep.
     */
    static List<String> folders(Path dir) {
        List<String> all = new ArrayList<>(FOLDERS);
        String last = lastCommand(dir);
        if (last.startsWith("regress ")) {
            all.addAll(CLOSURE_FOLDERS);
        }
        if (!last.startsWith("sweep ") || !Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(EarlierOutputs::isSweepValueFolder).map(p -> p.getFileName().toString()).sorted()
                    .forEach(all::add);
        } catch (IOException e) {
            throw new OutputWriteException(dir, e);
        }
        return all;
    }

    /** The command the folder's lock file names ("sweep a.json ..."), or "" when there is none. */
    private static String lastCommand(Path dir) {
        try {
            String holder = Files.readString(dir.resolve(OutputLock.FILE));
            int at = holder.indexOf(": nicsim ");
            return at < 0 ? "" : holder.substring(at + ": nicsim ".length()).strip() + " ";
        } catch (IOException e) {
            return "";   // no lock file: no nicsim command wrote here
        }
    }

    /** "01-seed=1": a sweep numbers its value folders, and each took its run's lock file (a user folder did not). */
    static boolean isSweepValueFolder(Path p) {
        return p.getFileName().toString().matches("[0-9]{2,}-.*") && Files.isDirectory(p)
                && Files.exists(p.resolve(OutputLock.FILE));
    }
}
