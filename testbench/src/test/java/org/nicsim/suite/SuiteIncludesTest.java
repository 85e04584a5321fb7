package org.nicsim.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs only the classes its includes name: a test class whose name matches none of them
 * (as the fuzz properties once did) never runs and never fails. Every class of every module's
 * test tree that declares a test must match an include of the root pom.
 */
class SuiteIncludesTest {
    private static final Pattern TEST_ANNOTATION = Pattern.compile("^\\s*@(Test|Property|ParameterizedTest|Example|RepeatedTest|TestFactory)\\b",
            Pattern.MULTILINE);

    @Test
    void everyClassThatDeclaresATestMatchesASurefireInclude() throws IOException {
        Path root = Path.of(System.getProperty("nicsim.root", "..")).toAbsolutePath().normalize();
        List<PathMatcher> includes = includes(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        assertFalse(includes.isEmpty(), "the root pom names no surefire includes");
        List<String> missed = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 6)) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/")).forEach(tests::add);
        }
        for (Path p : tests) {
            if (!TEST_ANNOTATION.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                continue;
            }
            Path rel = Path.of(p.toString().substring(p.toString().indexOf("/src/test/java/") + "/src/test/java/".length()));
            if (includes.stream().noneMatch(m -> m.matches(rel))) {
                missed.add(rel.toString());
            }
        }
        assertEquals(List.of(), missed, "test classes surefire would skip");
    }

    private static List<PathMatcher> includes(String pom) {
        List<PathMatcher> out = new ArrayList<>();
        Matcher m = Pattern.compile("<include>([^<]+)</include>").matcher(pom);
        while (m.find()) {
            // surefire's **/X.java also matches a class in the default package; glob's **/ needs a folder
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + m.group(1).trim()));
        }
        return out;
    }
}
