package org.nicsim.scoreboard.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.RunSizing;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;

/**
 * A deliberately faulty copy of the NIC: rtl/ copied to a scratch directory with one textual
 * edit, built into its own library through build-lib.sh (NICSIM_RTL_DIR; the shared cache
 * serves a mutant that was built before), then run through the co-simulation.
 *
 * @param file        RTL file to edit
 * @param original    text that must occur exactly once in it
 * @param replacement what it becomes
 */
record RtlMutant(String file, String original, String replacement) {
    private static final Path ROOT = Path.of(System.getProperty("nicsim.root", "..")).toAbsolutePath().normalize();

    /** Builds the mutant in {@code dir} and runs {@code scenarioJson} on it. */
    CoSimResult run(Path dir, String scenarioJson) throws IOException, InterruptedException {
        Path rtl = Files.createDirectories(dir.resolve("rtl"));
        try (Stream<Path> files = Files.list(ROOT.resolve("rtl"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, rtl.resolve(p.getFileName()));
            }
        }
        Path target = rtl.resolve(file);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(original), -1).length - 1,
                "the mutation's text must occur once in rtl/" + file + ": " + original);
        Files.writeString(target, text.replace(original, replacement), StandardCharsets.UTF_8);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("jni/src/main/native/build-lib.sh").toString(),
                "nic_top", lib.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile());
        pb.environment().put("NICSIM_RTL_DIR", rtl.toString());
        int rc = pb.start().waitFor();
        if (rc != 0) {
            throw new UncheckedIOException(new IOException("building the mutant failed (" + rc + "):\n"
                    + Files.readString(dir.resolve("build.log"))));
        }
        Scenario sc = ScenarioLoader.parse(scenarioJson, List.of());
        try (NicModel model = NicModel.open(NicModelOptions.builder().seed(sc.seed()).libraryDir(lib)
                .hostMemoryBytes(RunSizing.hostMemoryBytes(sc)).build())) {
            return new CoSimulation(sc, model, null).run(ScenarioTraffic.frames(sc), sc.traffic().packets());
        }
    }
}
