package io.volunteerrules.indicators;

import io.volunteerrules.core.model.Copies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures the city's indicators are computed from: one row per district (or county, or
 * functional zone) and the funding of volunteer service by year. Read one with {@link DatasetReader}.
 *
 * @param asOf        the day the counts describe; selects the target in force
 * @param city        the city's name
 * @param source      where the figures come from, printed on the report
 * @param districts   one row per district; together they make the city
 * @param funding     funds for volunteer service by year and source (ZZ-5.2)
 * @param lotteryFund the welfare lottery fund for social welfare by year, and what volunteer service used of it
 */
public record IndicatorDataset(
        LocalDate asOf,
        String city,
        String source,
        List<District> districts,
        List<Funding> funding,
        List<LotteryFund> lotteryFund) {

    public IndicatorDataset {
        districts = Copies.list(districts);
        funding = Copies.list(funding);
        lotteryFund = Copies.list(lotteryFund);
    }

    /**
     * One district's counts on the as-of date. Counts that a district does not report are null and
     * the figures built on them are left out for that district (and from the city's sum).
     *
     * @param code                              a short code (e.g. the administrative division code)
     * @param name                              the district's name
     * @param residentPopulation                常住人口
     * @param registeredVolunteers              volunteers registered on the national system or 志愿郑州 who live there
     * @param organisations                     volunteer-service organisations and teams known to the district
     * @param legallyRegisteredOrganisations    of those, registered according to law (ZZ-1.3)
     * @param organisationsInIncubation         of those, at an incubation base (ZZ-3.1)
     * @param organisationsWithSocialWorkers    of those, with professional social workers (ZZ-4.3)
     * @param communities                       urban communities (社区)
     * @param communitiesWithPartyMemberTeam    communities with a party-member volunteer team (ZZ-4.2)
     * @param partyMemberVolunteerTeams         community party-member volunteer teams
     * @param partyMemberVolunteers             party members in those teams, resident or reporting to the community
     * @param activities                        volunteer-service activities in the reporting year
     * @param activitiesWithSocialWorkers       of those, led or assisted by professional social workers (ZZ-4.3)
     */
    public record District(
            String code,
            String name,
            Long residentPopulation,
            Long registeredVolunteers,
            Integer organisations,
            Integer legallyRegisteredOrganisations,
            Integer organisationsInIncubation,
            Integer organisationsWithSocialWorkers,
            Integer communities,
            Integer communitiesWithPartyMemberTeam,
            Integer partyMemberVolunteerTeams,
            Long partyMemberVolunteers,
            Integer activities,
            Integer activitiesWithSocialWorkers) {
    }

    /**
     * Funds for volunteer service from one source in one year, in yuan.
     *
     * @param year       calendar year
     * @param source     where the money came from (ZZ-5.2's list)
     * @param amountYuan amount in yuan
     */
    public record Funding(Integer year, FundingSource source, BigDecimal amountYuan) {
    }

    /**
     * The welfare lottery fund for social welfare in one year and the part used for volunteer service.
     *
     * @param year                 calendar year
     * @param totalYuan            用于社会福利事业的彩票公益金, in yuan
     * @param volunteerServiceYuan the part used for volunteer service, in yuan
     */
    public record LotteryFund(Integer year, BigDecimal totalYuan, BigDecimal volunteerServiceYuan) {
    }
}
