package org.nicsim.scenario;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenarios: file or text, then {@code --set} overrides on the JSON tree, then validation
 * with defaults. Every problem is a {@link ScenarioException} whose message the command line
 * prints after {@code nicsim: <file>: }.
 */
public final class ScenarioLoader {

    /** Larger scenario files are refused rather than read. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private ScenarioLoader() {
    }

    /** Reads a scenario file, applies the overrides in order, validates. */
    public static Scenario load(Path file, List<FieldOverride> overrides) {
        return fromTree(readTree(file), overrides);
    }

    /** Parses scenario JSON text, applies the overrides in order, validates. */
    public static Scenario parse(String json, List<FieldOverride> overrides) {
        return fromTree(StrictJson.parse(json, ""), overrides);
    }

    /**
     * Validates a scenario JSON tree (e.g. the {@code scenario} object of a report.json) after
     * applying the overrides to a copy of it; the tree itself is not changed.
     */
    public static Scenario fromTree(JsonElement tree, List<FieldOverride> overrides) {
        JsonElement copy = tree.deepCopy();
        if (!overrides.isEmpty()) {
            if (!copy.isJsonObject()) {
                throw new ScenarioException("", "a scenario must be a JSON object, got " + JsonValues.describe(copy));
            }
            for (FieldOverride o : overrides) {
                o.applyTo(copy.getAsJsonObject());
            }
        }
        try {
            return ScenarioReader.read(copy);
        } catch (ScenarioException e) {
            // point at the --set that put the bad value there, the last one wins
            for (int i = overrides.size() - 1; i >= 0; i--) {
                if (overrides.get(i).concerns(e.path())) {
                    throw e.withNote("(from " + overrides.get(i).source() + ")");
                }
            }
            throw e;
        }
    }

    /**
     * Reads a JSON file strictly: UTF-8 (a byte-order mark is skipped), one JSON value, no
     * duplicate keys.
     */
    public static JsonElement readTree(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException("", "cannot read: it is a directory");
            }
            // read at most one byte past the cap: a device or pipe (/dev/zero) has no size to check first
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ScenarioException("", "cannot read: larger than the " + MAX_FILE_BYTES
                        + " bytes a scenario may have");
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException("", "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException("", "cannot read: permission denied");
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read: " + e.getMessage());
        }
        return StrictJson.parse(decodeUtf8(bytes), "");
    }

    /** Strict UTF-8, naming the byte offset of the first invalid sequence. */
    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new ScenarioException("", "byte offset " + in.position() + ": not valid UTF-8 (expected a UTF-8 text file)");
        }
        d.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
