package io.volunteerrules.indicators;

import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.indicators.IndicatorDataset.District;
import io.volunteerrules.indicators.IndicatorDataset.Funding;
import io.volunteerrules.indicators.IndicatorDataset.LotteryFund;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a dataset before anything is computed; every problem is reported with its path. */
final class DatasetChecks {

    private DatasetChecks() {
    }

    static List<Violation> check(IndicatorDataset d) {
        List<Violation> out = new ArrayList<>();
        if (d == null) {
            return List.of(new Violation("", "dataset must not be null"));
        }
        if (d.asOf() == null) {
            out.add(new Violation("asOf", "must not be null"));
        }
        if (d.city() == null || d.city().isBlank()) {
            out.add(new Violation("city", "must not be blank"));
        }
        if (d.districts().isEmpty()) {
            out.add(new Violation("districts", "must hold at least one district"));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < d.districts().size(); i++) {
            District x = d.districts().get(i);
            String at = "districts[" + i + "]";
            if (x == null) {
                out.add(new Violation(at, "must not be null"));
                continue;
            }
            if (x.name() == null || x.name().isBlank()) {
                out.add(new Violation(at + ".name", "must not be blank"));
            } else {
                Integer first = names.putIfAbsent(x.name(), i);
                if (first != null) {
                    out.add(new Violation(at + ".name", "duplicate district \"" + x.name() + "\" (also districts[" + first + "])"));
                }
            }
            if (x.residentPopulation() == null) {
                out.add(new Violation(at + ".residentPopulation", "must not be null"));
            } else if (x.residentPopulation() <= 0) {
                out.add(new Violation(at + ".residentPopulation", "must be greater than 0"));
            }
            if (x.registeredVolunteers() == null) {
                out.add(new Violation(at + ".registeredVolunteers", "must not be null"));
            }
            notNegative(at + ".registeredVolunteers", x.registeredVolunteers(), out);
            notNegative(at + ".organisations", x.organisations(), out);
            notNegative(at + ".communities", x.communities(), out);
            notNegative(at + ".partyMemberVolunteerTeams", x.partyMemberVolunteerTeams(), out);
            notNegative(at + ".partyMemberVolunteers", x.partyMemberVolunteers(), out);
            notNegative(at + ".activities", x.activities(), out);
            part(at, "legallyRegisteredOrganisations", x.legallyRegisteredOrganisations(), "organisations", x.organisations(), out);
            part(at, "organisationsInIncubation", x.organisationsInIncubation(), "organisations", x.organisations(), out);
            part(at, "organisationsWithSocialWorkers", x.organisationsWithSocialWorkers(), "organisations", x.organisations(), out);
            part(at, "communitiesWithPartyMemberTeam", x.communitiesWithPartyMemberTeam(), "communities", x.communities(), out);
            part(at, "activitiesWithSocialWorkers", x.activitiesWithSocialWorkers(), "activities", x.activities(), out);
        }
        Map<String, Integer> fundingKeys = new HashMap<>();
        Map<Integer, BigDecimal> lotteryInFunding = new HashMap<>();
        for (int i = 0; i < d.funding().size(); i++) {
            Funding f = d.funding().get(i);
            String at = "funding[" + i + "]";
            if (f == null) {
                out.add(new Violation(at, "must not be null"));
                continue;
            }
            required(at + ".year", f.year(), out);
            required(at + ".source", f.source(), out);
            required(at + ".amountYuan", f.amountYuan(), out);
            if (f.amountYuan() != null && f.amountYuan().signum() < 0) {
                out.add(new Violation(at + ".amountYuan", "must not be negative"));
            }
            if (f.year() != null && f.source() != null) {
                Integer first = fundingKeys.putIfAbsent(f.year() + "/" + f.source(), i);
                if (first != null) {
                    out.add(new Violation(at, "a second amount for " + f.source() + " in " + f.year() + " (also funding[" + first + "])"));
                }
                if (f.source() == FundingSource.WELFARE_LOTTERY_FUND && f.amountYuan() != null) {
                    lotteryInFunding.put(f.year(), f.amountYuan());
                }
            }
        }
        Map<Integer, Integer> lotteryYears = new HashMap<>();
        for (int i = 0; i < d.lotteryFund().size(); i++) {
            LotteryFund l = d.lotteryFund().get(i);
            String at = "lotteryFund[" + i + "]";
            if (l == null) {
                out.add(new Violation(at, "must not be null"));
                continue;
            }
            required(at + ".year", l.year(), out);
            required(at + ".totalYuan", l.totalYuan(), out);
            required(at + ".volunteerServiceYuan", l.volunteerServiceYuan(), out);
            if (l.totalYuan() != null && l.totalYuan().signum() <= 0) {
                out.add(new Violation(at + ".totalYuan", "must be greater than 0"));
            }
            if (l.volunteerServiceYuan() != null && l.volunteerServiceYuan().signum() < 0) {
                out.add(new Violation(at + ".volunteerServiceYuan", "must not be negative"));
            }
            if (l.totalYuan() != null && l.volunteerServiceYuan() != null && l.volunteerServiceYuan().compareTo(l.totalYuan()) > 0) {
                out.add(new Violation(at + ".volunteerServiceYuan", "must not exceed totalYuan (" + l.totalYuan().toPlainString() + ")"));
            }
            if (l.year() != null) {
                Integer first = lotteryYears.putIfAbsent(l.year(), i);
                if (first != null) {
                    out.add(new Violation(at + ".year", "a second row for " + l.year() + " (also lotteryFund[" + first + "])"));
                }
                BigDecimal funded = lotteryInFunding.get(l.year());
                if (funded != null && l.volunteerServiceYuan() != null && funded.compareTo(l.volunteerServiceYuan()) != 0) {
                    out.add(new Violation(at + ".volunteerServiceYuan", "differs from the WELFARE_LOTTERY_FUND funding of "
                            + l.year() + " (" + funded.toPlainString() + ")"));
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    private static void required(String at, Object value, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(at, "must not be null"));
        }
    }

    private static void notNegative(String at, Number value, List<Violation> out) {
        if (value != null && value.longValue() < 0) {
            out.add(new Violation(at, "must not be negative"));
        }
    }

    private static void part(String at, String partName, Integer part, String wholeName, Integer whole, List<Violation> out) {
        if (part == null) {
            return;
        }
        if (part < 0) {
            out.add(new Violation(at + "." + partName, "must not be negative"));
        } else if (whole == null) {
            out.add(new Violation(at + "." + wholeName, "must be given when " + partName + " is"));
        } else if (part > whole) {
            out.add(new Violation(at + "." + partName, "must not exceed " + wholeName + " (" + whole + ")"));
        }
    }
}
