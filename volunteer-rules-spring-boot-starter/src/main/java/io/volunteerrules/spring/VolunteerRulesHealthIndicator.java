package io.volunteerrules.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health ({@code volunteerRules}): up, with the live rule set's version, where it comes from and how
 * many rules it has. (A rejected reload leaves the running set serving, so it stays up.) Spring shows
 * the details when {@code management.endpoint.health.show-details} allows it.
 */
public class VolunteerRulesHealthIndicator implements HealthIndicator {

    private final VolunteerRulesService service;

    public VolunteerRulesHealthIndicator(VolunteerRulesService service) {
        this.service = service;
    }

    @Override
    public Health health() {
        var rules = service.current();
        return Health.up()
                .withDetail("version", rules.ruleSetVersion())
                .withDetail("source", service.source())
                .withDetail("rules", rules.rules().names().size())
                .build();
    }
}
