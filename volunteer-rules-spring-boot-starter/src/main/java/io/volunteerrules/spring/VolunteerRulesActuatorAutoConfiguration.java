package io.volunteerrules.spring;

import io.volunteerrules.drools.LiveRules;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator: the {@code volunteerRules} health indicator and {@code volunteer-rules} info, both naming
 * the live rule set's version, and the {@code volunteerrules} endpoint that reloads a rules directory.
 */
@AutoConfiguration(after = VolunteerRulesAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(VolunteerRulesService.class)
public class VolunteerRulesActuatorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "volunteerRulesHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("volunteerRules")
    VolunteerRulesHealthIndicator volunteerRulesHealthIndicator(VolunteerRulesService service) {
        return new VolunteerRulesHealthIndicator(service);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnEnabledInfoContributor("volunteerrules")
    VolunteerRulesInfoContributor volunteerRulesInfoContributor(VolunteerRulesService service) {
        return new VolunteerRulesInfoContributor(service);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(LiveRules.class)
    @ConditionalOnAvailableEndpoint(endpoint = VolunteerRulesEndpoint.class)
    VolunteerRulesEndpoint volunteerRulesEndpoint(LiveRules live, VolunteerRulesService service) {
        return new VolunteerRulesEndpoint(live, service.source());
    }
}
