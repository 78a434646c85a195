package io.volunteerrules.spring;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.json.VolunteerRulesJacksonModule;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.drools.LiveRules;
import io.volunteerrules.drools.RuleSetException;
import io.volunteerrules.drools.VolunteerRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolunteerRulesAutoConfigurationTest {

    /** One engine for every context here: building the bundled rules is what costs. */
    static VolunteerRules bundled;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(VolunteerRulesAutoConfiguration.class,
                    VolunteerRulesMetricsAutoConfiguration.class, JacksonAutoConfiguration.class));

    @BeforeAll
    static void build() {
        bundled = VolunteerRules.builder().build();
    }

    @Test
    void serves_the_bundled_rules_when_no_directory_is_configured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(VolunteerRulesAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(VolunteerRules.class).hasSingleBean(VolunteerRulesService.class)
                            .doesNotHaveBean(LiveRules.class);
                    VolunteerRulesService service = context.getBean(VolunteerRulesService.class);
                    assertThat(service.source()).isEqualTo("bundled");
                    assertThat(service.version()).isEqualTo(bundled.ruleSetVersion());
                    assertThat(service.live()).isEmpty();
                    List<Decision> decisions = service.evaluate(TestRequests.request());
                    assertThat(decisions).extracting(d -> d.question().subject() + " " + d.outcome().status())
                            .containsExactly("assignment:A1 ALLOWED", "assignment:A2 REFUSED");
                    assertThat(decisions).allSatisfy(d -> assertThat(d.ruleSetVersion()).isEqualTo(bundled.ruleSetVersion()));
                });
    }

    @Test
    void an_applications_own_engine_replaces_the_bundled_one() {
        runner.withBean(VolunteerRules.class, () -> bundled).run(context -> {
            assertThat(context).hasSingleBean(VolunteerRules.class);
            assertThat(context.getBean(VolunteerRules.class)).isSameAs(bundled);
            assertThat(context.getBean(VolunteerRulesService.class).current()).isSameAs(bundled);
        });
    }

    @Test
    void a_rules_directory_that_fails_its_checks_stops_the_start_listing_the_problems(@TempDir Path dir) throws Exception {
        bundled.files().writeTo(dir);
        Files.writeString(dir.resolve("insurance/insurance.drl"), "rule \"broken\" when then System.exit(0); end",
                StandardOpenOption.APPEND);
        runner.withPropertyValues("volunteer-rules.rules-directory=" + dir).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("insurance/insurance.drl");
            RuleSetException e = (RuleSetException) org.assertj.core.util.Throwables.getRootCause(context.getStartupFailure());
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("lint: insurance/insurance.drl"));
        });
    }

    @Test
    void times_each_question_type_and_counts_decisions_by_outcome() {
        runner.withBean(VolunteerRules.class, () -> bundled).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    VolunteerRulesService service = context.getBean(VolunteerRulesService.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    service.evaluate(TestRequests.request());
                    EvaluationRequest empty = new EvaluationRequest(null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, TestRequests.request().questions());
                    assertThatThrownBy(() -> service.evaluate(empty)).isInstanceOf(InvalidRequestException.class);

                    assertThat(registry.get(MicrometerEvaluationListener.TIMER).tags("type", "assignment", "result", "decided")
                            .timer().count()).isEqualTo(1);
                    assertThat(registry.get(MicrometerEvaluationListener.TIMER).tags("type", "assignment", "result", "invalid")
                            .timer().count()).isEqualTo(1);
                    assertThat(registry.get(MicrometerEvaluationListener.COUNTER).tags("type", "assignment", "outcome", "allowed")
                            .counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(MicrometerEvaluationListener.COUNTER).tags("type", "assignment", "outcome", "refused")
                            .counter().count()).isEqualTo(1.0);
                });
    }

    @Test
    void an_applications_decision_log_and_listeners_hear_of_every_evaluation() {
        java.io.StringWriter written = new java.io.StringWriter();
        List<String> heard = new java.util.ArrayList<>();
        EvaluationListener listener = new EvaluationListener() {
            @Override
            public void evaluated(EvaluationRequest request, List<Decision> decisions, java.time.Duration took) {
                heard.add(decisions.size() + " decisions");
            }

            @Override
            public void failed(EvaluationRequest request, RuntimeException failure, java.time.Duration took) {
                heard.add("failed");
            }
        };
        runner.withBean(VolunteerRules.class, () -> bundled)
                .withBean(io.volunteerrules.core.audit.DecisionLog.class,
                        () -> io.volunteerrules.core.audit.DecisionLog.builder().toWriter(written).build())
                .withBean(EvaluationListener.class, () -> listener)
                .run(context -> {
                    context.getBean(VolunteerRulesService.class).evaluate(TestRequests.request());
                    assertThat(heard).containsExactly("2 decisions");
                    assertThat(written.toString()).contains("assignment:A1").contains(bundled.ruleSetVersion())
                            .doesNotContain("王某");
                });
    }

    @Test
    void metrics_can_be_switched_off() {
        runner.withBean(VolunteerRules.class, () -> bundled).withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("volunteer-rules.metrics.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MicrometerEvaluationListener.class);
                    context.getBean(VolunteerRulesService.class).evaluate(TestRequests.request());
                    assertThat(context.getBean(MeterRegistry.class).find(MicrometerEvaluationListener.TIMER).timer()).isNull();
                });
    }

    @Test
    void springs_object_mapper_rejects_a_misspelt_field() {
        String misspelt = TestRequests.json().replace("\"minorsAllowed\"", "\"minorAllowed\"");
        runner.withBean(VolunteerRules.class, () -> bundled).run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            assertThat(mapper.readValue(TestRequests.json(), EvaluationRequest.class).tasks().get(0).minorsAllowed()).isTrue();
            assertThatThrownBy(() -> mapper.readValue(misspelt, EvaluationRequest.class))
                    .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(Json.violation(e).toString())
                            .startsWith("tasks[0].minorAllowed: unknown field"));
            // the module is registered: a whole number with a fraction is refused, not cut
            assertThatThrownBy(() -> mapper.readValue(TestRequests.json().replace("\"minorsAllowed\"",
                    "\"minAge\": 17.5, \"minorsAllowed\""), EvaluationRequest.class))
                    .hasMessageContaining("expected a whole number");
            // an absent or null yes/no field is false, as with the library's own mapper
            String absent = TestRequests.json().replace(", \"minorsAllowed\": true", "");
            String nullValue = TestRequests.json().replace("\"minorsAllowed\": true", "\"minorsAllowed\": null");
            assertThat(mapper.readValue(absent, EvaluationRequest.class).tasks().get(0).minorsAllowed()).isFalse();
            assertThat(mapper.readValue(nullValue, EvaluationRequest.class).tasks().get(0).minorsAllowed()).isFalse();
        });
    }

    @Test
    void without_the_module_the_types_still_refuse_a_misspelt_field() {
        String misspelt = TestRequests.json().replace("\"minorsAllowed\"", "\"minorAllowed\"");
        runner.withBean(VolunteerRules.class, () -> bundled).withPropertyValues("volunteer-rules.jackson.strict=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(VolunteerRulesJacksonModule.class);
                    assertThatThrownBy(() -> context.getBean(ObjectMapper.class).readValue(misspelt, EvaluationRequest.class))
                            .isInstanceOf(JsonMappingException.class).hasMessageContaining("unknown field");
                });
    }
}
