package io.volunteerrules.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for every evaluation through {@link VolunteerRulesService}: see
 * {@link MicrometerEvaluationListener}. On when a {@link MeterRegistry} bean exists (Actuator makes one)
 * and {@code volunteer-rules.metrics.enabled} is not false.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"},
        before = VolunteerRulesAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "volunteer-rules.metrics", name = "enabled", matchIfMissing = true)
public class VolunteerRulesMetricsAutoConfiguration {

    @Bean
    MicrometerEvaluationListener volunteerRulesMetrics(MeterRegistry registry) {
        return new MicrometerEvaluationListener(registry);
    }
}
