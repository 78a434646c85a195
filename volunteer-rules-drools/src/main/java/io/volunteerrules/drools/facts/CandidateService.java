package io.volunteerrules.drools.facts;

import java.util.Collection;
import java.util.List;

/**
 * Derived by the commendation rules: a counted service record that is the candidate's own service (a
 * volunteer's) or service it organised (an organisation's).
 */
public record CandidateService(String subject, CountedRecord counted) {

    /** The counted records of some candidate-service facts. */
    public static List<CountedRecord> counted(Collection<?> services) {
        return services.stream().map(s -> ((CandidateService) s).counted()).toList();
    }
}
