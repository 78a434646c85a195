package io.volunteerrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The core is the engine-neutral half of the SDK. Besides the enforcer's ban on the build's
 * dependencies, this checks what the tests actually run with: no Drools or KIE class and no jar of
 * theirs on the class path.
 */
class CoreHasNoRulesEngineTest {

    @Test
    void no_drools_or_kie_class_is_loadable() {
        for (String name : new String[] {"org.kie.api.KieServices", "org.drools.core.impl.RuleBase",
                "org.drools.model.codegen.ExecutableModelProject"}) {
            assertThat(loadable(name)).as(name).isFalse();
        }
    }

    @Test
    void no_drools_or_kie_jar_is_on_the_class_path() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertThat(Arrays.stream(entries).filter(e -> e.contains("/org/drools/") || e.contains("/org/kie/")))
                .isEmpty();
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, CoreHasNoRulesEngineTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
