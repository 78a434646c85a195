package io.volunteerrules.spring;

import io.volunteerrules.core.audit.DecisionLog;
import io.volunteerrules.core.json.VolunteerRulesJacksonModule;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.drools.LiveRules;
import io.volunteerrules.drools.VolunteerRules;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The rules as beans.
 *
 * <ul>
 *   <li>Without {@code volunteer-rules.rules-directory}: a {@link VolunteerRules} bean with the
 *       bundled rules (compiled when the library was built, so start-up compiles nothing).</li>
 *   <li>With it: a {@link LiveRules} bean serving that directory; it must pass lint, compile and pass
 *       its scenarios, or the application does not start (the error lists every problem). It can be
 *       reloaded through the {@code volunteerrules} actuator endpoint.</li>
 *   <li>Either way a {@link VolunteerRulesService}, which is what controllers inject: it evaluates on
 *       whatever set is live, tells the {@link EvaluationListener}s (the Micrometer meters) and writes
 *       the application's {@link DecisionLog} bean, if it declares one.</li>
 * </ul>
 *
 * An application's own {@code VolunteerRules}, {@code LiveRules} or {@code VolunteerRulesService}
 * bean replaces the starter's.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(VolunteerRulesProperties.class)
public class VolunteerRulesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VolunteerRulesService volunteerRulesService(VolunteerRulesProperties properties, ObjectProvider<LiveRules> live,
            ObjectProvider<VolunteerRules> fixed, ObjectProvider<EvaluationListener> listeners,
            ObjectProvider<DecisionLog> log) {
        LiveRules liveRules = live.getIfUnique();
        if (liveRules != null) {
            Path directory = properties.getRulesDirectory();
            return VolunteerRulesService.live(liveRules, directory == null ? "application" : directory.toString(),
                    listeners.orderedStream().toList(), log.getIfUnique());
        }
        VolunteerRules rules = fixed.getIfUnique();
        if (rules == null) {
            throw new IllegalStateException("no single VolunteerRules or LiveRules bean to serve");
        }
        String origin = rules.files().origin();
        String source = origin.endsWith(RuleSetFiles.BUNDLED_ROOT + "/" + RuleSetFiles.MARKER) ? "bundled" : origin;
        return VolunteerRulesService.fixed(rules, source, listeners.orderedStream().toList(), log.getIfUnique());
    }

    /** The bundled rules, when no rules directory is configured. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(NoRulesDirectory.class)
    static class BundledRulesConfiguration {

        @Bean
        @ConditionalOnMissingBean({VolunteerRules.class, LiveRules.class})
        VolunteerRules volunteerRules() {
            return VolunteerRules.builder().build();
        }
    }

    /** A rules directory, served through {@link LiveRules}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "volunteer-rules", name = "rules-directory")
    static class RulesDirectoryConfiguration {

        @Bean
        @ConditionalOnMissingBean(LiveRules.class)
        LiveRules liveRules(VolunteerRulesProperties properties) {
            // the service writes the decision log, so LiveRules is given none
            return LiveRules.watching(properties.getRulesDirectory(), null);
        }
    }

    static class NoRulesDirectory extends NoneNestedConditions {

        NoRulesDirectory() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "volunteer-rules", name = "rules-directory")
        static class RulesDirectorySet {
        }
    }

    /**
     * Spring's ObjectMapper reads the library's types as strictly as the library's own mapper: the
     * types refuse unknown fields, dates that are not ISO dates and enum values that are not names by
     * their own annotations; the library's Jackson module, a {@code Module} bean that Spring Boot
     * registers on its mapper, adds whole numbers, decimal sizes and four-digit years. It touches
     * only the library's types.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Jackson2ObjectMapperBuilder.class)
    @ConditionalOnProperty(prefix = "volunteer-rules.jackson", name = "strict", matchIfMissing = true)
    static class StrictJsonConfiguration {

        @Bean
        @ConditionalOnMissingBean
        VolunteerRulesJacksonModule volunteerRulesJacksonModule() {
            return new VolunteerRulesJacksonModule();
        }
    }

    /** Invalid requests as RFC 9457 problem details. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(ProblemDetail.class)
    @ConditionalOnProperty(prefix = "volunteer-rules.problem-details", name = "enabled", matchIfMissing = true)
    static class ProblemDetailsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        InvalidRequestProblemDetails invalidRequestProblemDetails() {
            return new InvalidRequestProblemDetails();
        }
    }
}
