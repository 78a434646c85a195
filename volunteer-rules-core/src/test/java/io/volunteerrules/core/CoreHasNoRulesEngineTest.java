package io.volunteerrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The core is the engine-neutral half of the SDK. Besides the enforcer's ban on the build's
 * dependencies, this checks what the tests actually run with: no Drools or KIE class and no jar of
 * theirs on the class path; nor Apache POI, nor a logging backend or bridge.
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

    @Test
    void no_spreadsheet_library_or_logging_backend_is_on_the_class_path() {
        // POI comes only with volunteer-rules-spreadsheets; the logging backend is the application's choice
        for (String name : new String[] {"org.apache.poi.ss.usermodel.Workbook",
                "org.apache.logging.slf4j.SLF4JLoggerContextFactory", "org.apache.logging.log4j.core.LoggerContext",
                "ch.qos.logback.classic.Logger"}) {
            assertThat(loadable(name)).as(name).isFalse();
        }
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
