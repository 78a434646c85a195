package io.volunteerrules.indicators;

import io.volunteerrules.core.text.Labelled;

/** Sources of volunteer-service funding named in ZZ-5.2. */
public enum FundingSource implements Labelled {
    GOVERNMENT_BUDGET,
    WELFARE_LOTTERY_FUND,
    DONATIONS,
    FUND_INCOME,
    OTHER;
}
