package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/**
 * What an incubation base supports (ZZ-3.1: 支持志愿服务组织的登记成立和初期运作): an organisation not
 * yet registered is helped to register; a registered one through its early operation.
 */
public enum SupportKind implements Labelled {
    REGISTRATION("登记成立支持", "support toward registration"),
    EARLY_OPERATION("初期运作支持", "support for early operation");

    private final String zh;
    private final String en;

    SupportKind(String zh, String en) {
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
