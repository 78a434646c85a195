package io.volunteerrules.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds {@code volunteer-rules: {version, source, rules}} to {@code /actuator/info}. */
public class VolunteerRulesInfoContributor implements InfoContributor {

    private final VolunteerRulesService service;

    public VolunteerRulesInfoContributor(VolunteerRulesService service) {
        this.service = service;
    }

    @Override
    public void contribute(Info.Builder builder) {
        var rules = service.current();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", rules.ruleSetVersion());
        details.put("source", service.source());
        details.put("rules", rules.rules().names().size());
        builder.withDetail("volunteer-rules", details);
    }
}
