package org.nicsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioException;
import org.nicsim.scenario.ScenarioLoader;

/** Loads the scenario a command names, turning every scenario error into an exit-2 message. */
final class Scenarios {
    /** How messages name the scenario when no file was given. */
    static final String DEFAULTS_LABEL = "(built-in defaults)";

    private Scenarios() {
    }

    /**
     * Reads {@code file} (or the built-in defaults when null), applies the overrides in order,
     * validates.
     *
     * @throws InputException naming the file and the field (or line/column, or byte offset)
     */
    static Scenario load(String file, List<FieldOverride> overrides) {
        try {
            return file == null ? ScenarioLoader.parse("{}", overrides) : ScenarioLoader.load(Path.of(file), overrides);
        } catch (ScenarioException e) {
            throw new InputException(label(file) + ": " + optionNote(e.getMessage()));
        }
    }

    static String label(String file) {
        return file == null ? DEFAULTS_LABEL : file;
    }

    /** An override that stands for --seed/--packets/--wave is named by its option, not as a --set. */
    static String optionNote(String message) {
        return message.replace("(from --set --", "(from --");
    }
}
