package io.volunteerrules.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.json.Json;
import io.volunteerrules.drools.VolunteerRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** With Logback as the application's SLF4J provider, the engine starts and decides the example. */
class LogbackAppTest {

    @Test
    void the_engine_logs_through_logback_and_decides_the_example_request() throws Exception {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
                .isEqualTo("ch.qos.logback.classic.LoggerContext");
        String request = Files.readString(Path.of(System.getProperty("example.request")), StandardCharsets.UTF_8);
        assertThat(VolunteerRules.builder().build().evaluate(Json.readRequest(request)))
                .extracting(d -> d.question().subject() + " " + d.outcome().status())
                .contains("assignment:A-WANG REFUSED", "assignment:A-LI ALLOWED", "assignment:A-CHEN REFUSED",
                        "assignment:A-ZHANG REFUSED");
    }
}
