package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.volunteerrules.core.VolunteerRulesException;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules are loaded from their executable model by a fixed identity: what else is on the
 * class path (an application's own kmodule.xml and pom.properties, as in a shaded jar) cannot make the
 * engine lose them or recompile them; a missing model fails clearly unless compiling was asked for.
 */
class BundledModelTest {

    private static VolunteerRules bundled;
    private static final EvaluationRequest REQUEST = TestRequests.assignments(LocalDate.of(1990, 1, 1),
            LocalDate.of(2011, 3, 2), LocalDate.of(2019, 1, 1));

    @TempDir
    static Path appJar;

    @BeforeAll
    static void build() {
        bundled = VolunteerRules.builder().build();
    }

    @Test
    void an_application_kmodule_and_pom_properties_found_first_do_not_replace_the_bundled_model() throws IOException {
        // what a shaded jar looks like: the application's kmodule.xml (another knowledge base) and its
        // own pom.properties come first on the class path
        Path kmodule = appJar.resolve("META-INF/kmodule.xml");
        Files.createDirectories(kmodule.getParent());
        Files.writeString(kmodule, """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="app-rules" packages="com.example.app" default="true"/>
                </kmodule>
                """);
        Path pom = appJar.resolve("META-INF/maven/com.example/app/pom.properties");
        Files.createDirectories(pom.getParent());
        Files.writeString(pom, "groupId=com.example\nartifactId=app\nversion=1.0.0\n");
        ClassLoader loader = new Reordering(getClass().getClassLoader(), appJar, List.of());

        VolunteerRules engine = VolunteerRules.builder().classLoader(loader).build();

        assertThat(loader.getResource("META-INF/kmodule.xml").toString()).contains(appJar.toString());
        assertThat(engine.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion());
        assertThat(engine.rules().names()).isEqualTo(bundled.rules().names());
        assertThat(Json.write(engine.evaluate(REQUEST))).isEqualTo(Json.write(bundled.evaluate(REQUEST)));
    }

    @Test
    void a_missing_executable_model_fails_naming_what_is_missing_and_the_remedies() {
        ClassLoader withoutModel = new Reordering(getClass().getClassLoader(), null, List.of(RuleSet.MODEL_LIST));
        assertThatThrownBy(() -> VolunteerRules.builder().classLoader(withoutModel).build())
                .isInstanceOf(RuleSetException.class)
                .isInstanceOf(VolunteerRulesException.class)
                .hasMessageContaining("the executable model of the bundled rules is not on the class path")
                .hasMessageContaining(RuleSet.MODEL_LIST)
                .hasMessageContaining("docs/embedding.md")
                .hasMessageContaining("compileIfModelMissing(true)");
    }

    @Test
    void a_missing_executable_model_is_compiled_from_the_bundled_drl_only_when_asked() {
        ClassLoader withoutModel = new Reordering(getClass().getClassLoader(), null, List.of(RuleSet.MODEL_LIST));
        VolunteerRules compiled = VolunteerRules.builder().classLoader(withoutModel).compileIfModelMissing(true).build();
        assertThat(compiled.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion());
        assertThat(Json.write(compiled.evaluate(REQUEST))).isEqualTo(Json.write(bundled.evaluate(REQUEST)));
    }

    @Test
    void a_model_list_naming_a_class_that_is_not_there_fails_with_the_class_name() throws IOException {
        Path dir = appJar.resolve("broken-model");
        Path list = dir.resolve(RuleSet.MODEL_LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, "Drools-Model-Version:10.2.0\nrules.gone.RulesDeadBeef\n", StandardCharsets.UTF_8);
        ClassLoader loader = new Reordering(getClass().getClassLoader(), dir, List.of());
        assertThatThrownBy(() -> VolunteerRules.builder().classLoader(loader).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("executable-model class rules.gone.RulesDeadBeef listed in " + RuleSet.MODEL_LIST
                        + " cannot be loaded");
    }

    /**
     * A class loader that puts the resources of {@code first} (a folder) before its parent's, as the
     * first entry of a class path would be, and hides the resources named in {@code hidden}.
     */
    private static final class Reordering extends ClassLoader {
        private final Path first;
        private final List<String> hidden;

        Reordering(ClassLoader parent, Path first, List<String> hidden) {
            super(parent);
            this.first = first;
            this.hidden = hidden;
        }

        @Override
        public URL getResource(String name) {
            if (hidden.contains(name)) {
                return null;
            }
            URL own = own(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (hidden.contains(name)) {
                return Collections.emptyEnumeration();
            }
            List<URL> all = new ArrayList<>();
            URL own = own(name);
            if (own != null) {
                all.add(own);
            }
            all.addAll(Collections.list(super.getResources(name)));
            return Collections.enumeration(all);
        }

        private URL own(String name) {
            try {
                Path p = first == null ? null : first.resolve(name);
                return p != null && Files.isRegularFile(p) ? p.toUri().toURL() : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
