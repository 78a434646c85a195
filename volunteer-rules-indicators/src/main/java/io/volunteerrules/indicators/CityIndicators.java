package io.volunteerrules.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The city's indicators on one date, computed by {@link Indicators#compute}. Every percentage is a
 * {@link BigDecimal} with two decimals, rounded half up from the exact quotient; counts are exact.
 *
 * @param asOf              the day the dataset describes
 * @param city              the city's name
 * @param source            where the dataset's figures come from
 * @param target            the registration target in force on {@code asOf} (ZZ-1.3)
 * @param registration      city-wide registration against the target (ZZ-1.3)
 * @param organisations     city-wide organisation figures (ZZ-1.3, ZZ-3.1, ZZ-4.3), null if no district reports them
 * @param partyMemberTeams  city-wide community party-member volunteer teams (ZZ-4.2), null if none reported
 * @param socialWorkers     city-wide social-worker involvement (ZZ-4.3), null if none reported
 * @param districts         the same figures per district, in the dataset's order
 * @param funding           volunteer-service funding by year and source (ZZ-5.2)
 * @param lotteryTrend      the welfare lottery fund's share for volunteer service over the years (ZZ-5.2)
 * @param notes             how the figures were computed and rounded
 */
public record CityIndicators(
        LocalDate asOf,
        String city,
        String source,
        Target target,
        Registration registration,
        Organisations organisations,
        PartyMemberTeams partyMemberTeams,
        SocialWorkers socialWorkers,
        List<DistrictIndicators> districts,
        List<FundingYear> funding,
        LotteryTrend lotteryTrend,
        List<String> notes) {

    /**
     * The registration target in force on the as-of date.
     *
     * @param ratePercent     registered volunteers as a percentage of the resident population (15)
     * @param deadline        the day by which it is to be reached (2025-12-31)
     * @param daysToDeadline  days from the as-of date to the deadline; negative once it has passed
     * @param source          the parameter row's source
     * @param clauses         the parameter row's clauses
     */
    public record Target(BigDecimal ratePercent, LocalDate deadline, long daysToDeadline, String source,
            List<String> clauses) {

        public Target {
            clauses = List.copyOf(clauses);
        }

        /** Whether the deadline has passed on the as-of date. */
        @JsonProperty("deadlinePassed")
        public boolean deadlinePassed() {
            return daysToDeadline < 0;
        }
    }

    /**
     * Registration against the target (ZZ-1.3).
     *
     * @param residentPopulation   常住人口
     * @param registeredVolunteers registered volunteers
     * @param ratePercent          registered volunteers per 100 residents
     * @param targetVolunteers     the fewest registered volunteers that reach the target: population × rate, rounded up
     * @param stillMissing         volunteers still to register to reach the target; 0 once it is reached
     * @param targetMet            whether {@code registeredVolunteers >= targetVolunteers}
     */
    public record Registration(long residentPopulation, long registeredVolunteers, BigDecimal ratePercent,
            long targetVolunteers, long stillMissing, boolean targetMet) {
    }

    /**
     * Organisations registered according to law, in incubation and with social workers.
     *
     * @param reportedBy                       districts whose counts are included
     * @param organisations                    organisations known
     * @param legallyRegistered                registered according to law (ZZ-1.3)
     * @param legallyRegisteredPercent         their share
     * @param inIncubation                     at an incubation base (ZZ-3.1)
     * @param withSocialWorkers                with professional social workers (ZZ-4.3)
     * @param withSocialWorkersPercent         their share
     */
    public record Organisations(int reportedBy, int organisations, int legallyRegistered,
            BigDecimal legallyRegisteredPercent, int inIncubation, int withSocialWorkers,
            BigDecimal withSocialWorkersPercent) {
    }

    /**
     * Community party-member volunteer teams (ZZ-4.2).
     *
     * @param reportedBy           districts whose counts are included
     * @param communities          urban communities
     * @param communitiesWithTeam  communities with at least one party-member volunteer team
     * @param coveragePercent      their share
     * @param teams                teams
     * @param teamsPerCommunity    teams per community, two decimals
     * @param partyMemberVolunteers party members in the teams
     */
    public record PartyMemberTeams(int reportedBy, int communities, int communitiesWithTeam, BigDecimal coveragePercent,
            int teams, BigDecimal teamsPerCommunity, long partyMemberVolunteers) {
    }

    /**
     * Activities with professional social workers (ZZ-4.3: 社工引领志愿者, 志愿者协助社工).
     *
     * @param reportedBy                 districts whose counts are included
     * @param activities                 activities in the reporting year
     * @param withSocialWorkers          of those, with professional social workers
     * @param withSocialWorkersPercent   their share
     */
    public record SocialWorkers(int reportedBy, int activities, int withSocialWorkers,
            BigDecimal withSocialWorkersPercent) {
    }

    /** One district's figures; a group is null when the district does not report its counts. */
    public record DistrictIndicators(String code, String name, Registration registration, Organisations organisations,
            PartyMemberTeams partyMemberTeams, SocialWorkers socialWorkers) {
    }

    /**
     * Funding of one year (ZZ-5.2).
     *
     * @param year          calendar year
     * @param bySource      amount in yuan per source, in the order of {@link FundingSource}
     * @param totalYuan     the year's total
     * @param sharePercent  each source's share of the total
     */
    public record FundingYear(int year, Map<FundingSource, BigDecimal> bySource, BigDecimal totalYuan,
            Map<FundingSource, BigDecimal> sharePercent) {
    }

    /**
     * The share of the welfare lottery fund used for volunteer service in one year.
     *
     * @param changePoints the change from the year before, in percentage points; null for the first year
     *                     or after a gap
     * @param rose         whether the share rose from the year before; null where {@code changePoints} is
     */
    public record LotteryYear(int year, BigDecimal totalYuan, BigDecimal volunteerServiceYuan, BigDecimal sharePercent,
            BigDecimal changePoints, Boolean rose) {
    }

    /**
     * ZZ-5.2 asks the share to rise step by step (逐步提高).
     *
     * @param years            each year's share, in year order
     * @param yearsNotRising   years whose share did not rise above the year before
     * @param risingEveryYear  whether the share rose in every year that has a year before it
     */
    public record LotteryTrend(List<LotteryYear> years, List<Integer> yearsNotRising, boolean risingEveryYear) {
    }
}
