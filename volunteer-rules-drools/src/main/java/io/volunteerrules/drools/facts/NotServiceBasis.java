package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** Why an activity is not volunteer service (MCA-CERT-19). */
public enum NotServiceBasis implements Labelled {
    /** It charges, or in effect charges, the people it serves (VSR-21). */
    CHARGES_SERVED("向服务对象收费", "it charges the people it serves"),
    /** It makes a profit in the name of volunteer service (VSR-25). */
    PROFIT_MAKING("以志愿服务名义营利", "it makes a profit in the name of volunteer service");

    private final String zh;
    private final String en;

    NotServiceBasis(String zh, String en) {
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
