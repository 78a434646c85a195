package io.volunteerrules.indicators;

import io.volunteerrules.core.text.Labelled;

/** Sources of volunteer-service funding named in ZZ-5.2. */
public enum FundingSource implements Labelled {
    GOVERNMENT_BUDGET("财政资金", "government budget"),
    WELFARE_LOTTERY_FUND("彩票公益金", "welfare lottery fund"),
    DONATIONS("社会捐赠和资助", "donations and sponsorship"),
    FUND_INCOME("志愿服务基金收益", "volunteer-service fund income"),
    OTHER("其他收入", "other income");

    private final String zh;
    private final String en;

    FundingSource(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
