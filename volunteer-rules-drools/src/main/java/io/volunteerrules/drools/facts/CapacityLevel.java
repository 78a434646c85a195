package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/** Civil capacity (民事行为能力), CC-17 to CC-20. */
public enum CapacityLevel implements Labelled {
    FULL("完全民事行为能力", "full civil capacity"),
    LIMITED("限制民事行为能力", "limited civil capacity"),
    NONE("无民事行为能力", "no civil capacity");

    private final String zh;
    private final String en;

    CapacityLevel(String zh, String en) {
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
