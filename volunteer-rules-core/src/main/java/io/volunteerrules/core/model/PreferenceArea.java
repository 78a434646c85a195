package io.volunteerrules.core.model;

import io.volunteerrules.core.text.Labelled;

/**
 * Where a good volunteer record may bring preferential treatment (ZZ-2.4, VSR-32, VSR-33, HN-39). The
 * key names the parameters: {@code preferential.<key>-minimum-star-level}.
 */
public enum PreferenceArea implements Labelled {
    SCHOOLING("升学", "schooling"),
    EMPLOYMENT("就业", "employment"),
    MEDICAL_CARE("就医", "medical care"),
    COMMUNITY_SERVICES("社区服务", "community services");

    private final String zh;
    private final String en;

    PreferenceArea(String zh, String en) {
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

    /** The area's part of parameter keys: {@code medical-care} for MEDICAL_CARE. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
