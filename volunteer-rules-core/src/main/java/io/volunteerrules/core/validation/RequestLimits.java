package io.volunteerrules.core.validation;

/**
 * How large a request may be. A request over a limit is refused as invalid, naming the limit,
 * before anything is evaluated: evaluation costs grow with the facts, and these bound what one
 * request can make the host spend. The defaults are far above any real request (a volunteer
 * serving every day for a hundred years has about 36,500 service records).
 *
 * <pre>{@code
 * VolunteerRules.builder().requestLimits(RequestLimits.defaults().withMaxFacts(500_000)).build();
 * }</pre>
 *
 * @param maxFacts               facts and questions in one request, all lists together
 * @param maxRecordsPerVolunteer service records of one volunteer in one request
 * @param maxRecordsPerService   service records of one volunteer's service: the same activity on the
 *                               same day. The rules compare such records pairwise to find repeats, so
 *                               their cost grows with the square of this number; 40,000 copies of one
 *                               record, well under the per-volunteer limit, made the engine run out of
 *                               memory before the time budget could stop it
 * @param maxSuccessionSteps     steps of the longest issuer-succession walk between the request's
 *                               organisations (merged into, work taken over by, superior unit)
 * @param maxAgeYears            the oldest a volunteer can be on the as-of date: a birth date
 *                               further back is not a human life
 */
public record RequestLimits(int maxFacts, int maxRecordsPerVolunteer, int maxSuccessionSteps, int maxAgeYears,
        int maxRecordsPerService) {

    /** Default {@link #maxFacts()}. */
    public static final int DEFAULT_MAX_FACTS = 200_000;
    /** Default {@link #maxRecordsPerVolunteer()}. */
    public static final int DEFAULT_MAX_RECORDS_PER_VOLUNTEER = 50_000;
    /** Default {@link #maxRecordsPerService()}. */
    public static final int DEFAULT_MAX_RECORDS_PER_SERVICE = 20;
    /** Default {@link #maxSuccessionSteps()}. */
    public static final int DEFAULT_MAX_SUCCESSION_STEPS = 50;
    /** Default {@link #maxAgeYears()}. */
    public static final int DEFAULT_MAX_AGE_YEARS = 130;

    /**
     * @throws IllegalArgumentException if a limit is not positive
     */
    public RequestLimits {
        positive("maxFacts", maxFacts);
        positive("maxRecordsPerVolunteer", maxRecordsPerVolunteer);
        positive("maxSuccessionSteps", maxSuccessionSteps);
        positive("maxAgeYears", maxAgeYears);
        positive("maxRecordsPerService", maxRecordsPerService);
    }

    /** The limits before {@link #maxRecordsPerService()} existed, with its default. */
    public RequestLimits(int maxFacts, int maxRecordsPerVolunteer, int maxSuccessionSteps, int maxAgeYears) {
        this(maxFacts, maxRecordsPerVolunteer, maxSuccessionSteps, maxAgeYears, DEFAULT_MAX_RECORDS_PER_SERVICE);
    }

    /**
     * The defaults: 200,000 facts, 50,000 records per volunteer, 50 succession steps, age 130, 20 records
     * of one service.
     */
    public static RequestLimits defaults() {
        return new RequestLimits(DEFAULT_MAX_FACTS, DEFAULT_MAX_RECORDS_PER_VOLUNTEER, DEFAULT_MAX_SUCCESSION_STEPS,
                DEFAULT_MAX_AGE_YEARS, DEFAULT_MAX_RECORDS_PER_SERVICE);
    }

    public RequestLimits withMaxFacts(int n) {
        return new RequestLimits(n, maxRecordsPerVolunteer, maxSuccessionSteps, maxAgeYears, maxRecordsPerService);
    }

    public RequestLimits withMaxRecordsPerVolunteer(int n) {
        return new RequestLimits(maxFacts, n, maxSuccessionSteps, maxAgeYears, maxRecordsPerService);
    }

    public RequestLimits withMaxSuccessionSteps(int n) {
        return new RequestLimits(maxFacts, maxRecordsPerVolunteer, n, maxAgeYears, maxRecordsPerService);
    }

    public RequestLimits withMaxAgeYears(int n) {
        return new RequestLimits(maxFacts, maxRecordsPerVolunteer, maxSuccessionSteps, n, maxRecordsPerService);
    }

    public RequestLimits withMaxRecordsPerService(int n) {
        return new RequestLimits(maxFacts, maxRecordsPerVolunteer, maxSuccessionSteps, maxAgeYears, n);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
