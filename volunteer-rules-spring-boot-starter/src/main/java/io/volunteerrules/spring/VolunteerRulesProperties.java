package io.volunteerrules.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, under {@code volunteer-rules.*}.
 *
 * <pre>
 * volunteer-rules.rules-directory=/etc/volunteer-rules   # serve this directory through LiveRules
 * volunteer-rules.metrics.enabled=true
 * volunteer-rules.problem-details.enabled=true
 * volunteer-rules.jackson.strict=true
 * </pre>
 */
@ConfigurationProperties("volunteer-rules")
public class VolunteerRulesProperties {

    /**
     * A rules directory (the layout of the bundled rules: one folder per area with its DRL,
     * parameter table and scenarios) to serve instead of the bundled rules. It is served through
     * LiveRules: it must pass lint, compile and pass its scenarios before the application starts, and
     * it can be reloaded while the application runs. When unset, the rules bundled with the library
     * are served.
     */
    private Path rulesDirectory;

    private final Metrics metrics = new Metrics();

    private final ProblemDetails problemDetails = new ProblemDetails();

    private final Jackson jackson = new Jackson();

    public Path getRulesDirectory() {
        return rulesDirectory;
    }

    public void setRulesDirectory(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    public ProblemDetails getProblemDetails() {
        return problemDetails;
    }

    public Jackson getJackson() {
        return jackson;
    }

    /** Micrometer meters for evaluations. */
    public static class Metrics {

        /**
         * Whether evaluations through VolunteerRulesService are timed and their decisions counted
         * (volunteer.rules.evaluation, volunteer.rules.decisions), when a MeterRegistry is present.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Errors as RFC 9457 problem details in Spring MVC applications. */
    public static class ProblemDetails {

        /**
         * Whether an invalid request (an InvalidRequestException, or a request body that does not
         * fit the request's shape) is answered with 400 and application/problem+json listing every
         * violation with its path and message.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** How Spring's ObjectMapper reads requests. */
    public static class Jackson {

        /**
         * Whether Spring's ObjectMapper gets the library's Jackson module, so it reads the library's
         * types as strictly as the library's own mapper does: whole numbers whole ({@code 18.9} is
         * not cut to 18), decimals of sane size, four-digit years. An unknown (say, misspelt) field,
         * a date that is not an ISO date and an enum value that is not a name are refused by the
         * types themselves whatever this says.
         */
        private boolean strict = true;

        public boolean isStrict() {
            return strict;
        }

        public void setStrict(boolean strict) {
            this.strict = strict;
        }
    }
}
