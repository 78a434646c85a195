package io.volunteerrules.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.drools.VolunteerRules;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's shaded jar and its Spring Boot fat jar, each launched with {@code java -jar} on
 * the example request, print exactly the decisions the engine gives on a plain class path, from the
 * executable model built with the library (never recompiling the DRL), with the application's own
 * kmodule.xml in place.
 */
class PackagedJarsIT {

    private static final Path REQUEST = Path.of(System.getProperty("example.request"));
    private static String expected;

    @BeforeAll
    static void decideOnThePlainClassPath() throws IOException {
        List<Decision> decisions = VolunteerRules.builder().build()
                .evaluate(Json.readRequest(Files.readString(REQUEST, StandardCharsets.UTF_8)));
        // the example's story, as the README tells it
        assertThat(decisions).extracting(d -> d.question().subject() + " " + d.outcome().status()).contains(
                "assignment:A-WANG REFUSED", "assignment:A-LI ALLOWED", "assignment:A-CHEN REFUSED",
                "assignment:A-ZHANG REFUSED");
        expected = Json.write(decisions);
    }

    @Test
    void the_shaded_jar_decides_the_example_request_as_the_plain_class_path_does() throws Exception {
        Path jar = Path.of(System.getProperty("shaded.jar"));
        try (JarFile j = new JarFile(jar.toFile())) {
            // the application's kmodule.xml won the shading, so the library cannot rely on its own
            assertThat(new String(j.getInputStream(j.getEntry("META-INF/kmodule.xml")).readAllBytes(),
                    StandardCharsets.UTF_8)).contains("smoke-app-rules").doesNotContain("volunteer-rules-session");
            assertThat(j.getEntry("META-INF/kie/io.volunteerrules/volunteer-rules-drools/drools-model")).isNotNull();
        }
        assertRunsAsOnThePlainClassPath(jar);
    }

    @Test
    void the_spring_boot_fat_jar_decides_the_example_request_as_the_plain_class_path_does() throws Exception {
        Path jar = Path.of(System.getProperty("boot.jar"));
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Main-Class"))
                    .startsWith("org.springframework.boot.loader.");
            assertThat(j.stream().map(e -> e.getName()))
                    .anyMatch(n -> n.matches("BOOT-INF/lib/volunteer-rules-drools-.*\\.jar"));
        }
        assertRunsAsOnThePlainClassPath(jar);
    }

    private static void assertRunsAsOnThePlainClassPath(Path jar) throws Exception {
        Path out = Files.createTempFile("smoke-out", ".json");
        Path err = Files.createTempFile("smoke-err", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), REQUEST.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(done).as("finished").isTrue();
        assertThat(p.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
        assertThat(stderr)
                .contains("app: own kmodule true")
                .doesNotContain("No executable model found")
                .doesNotContain("Falling back to resources parsing")
                .doesNotContain("Exception");
        assertThat(stdout.strip()).isEqualTo(expected);
        Files.delete(out);
        Files.delete(err);
    }

    @Test
    void the_jars_exist() {
        for (String jar : new String[] {"shaded.jar", "boot.jar"}) {
            assertThat(new File(System.getProperty(jar))).as(jar).isFile();
        }
    }
}
