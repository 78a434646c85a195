package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Kinds of organisation named in ZZ-2.1 and ZZ-1.2. */
public enum OrganisationKind implements Labelled {
    VOLUNTEER_SERVICE_ORGANISATION("志愿服务组织", "volunteer-service organisation"),
    SOCIAL_SERVICE_INSTITUTION("社会服务机构", "social-service institution"),
    PUBLIC_WELFARE_CHARITY("公益慈善类组织", "public-welfare charity"),
    GOVERNMENT_DEPARTMENT("国家机关", "government department"),
    PEOPLES_ORGANISATION("群团组织", "people's organisation"),
    PUBLIC_INSTITUTION("事业单位", "public institution"),
    ENTERPRISE("企业", "enterprise"),
    COMMUNITY_ORGANISATION("城乡基层自治组织", "community self-governing organisation"),
    SCHOOL("学校", "school"),
    OTHER("其他组织", "other organisation");

    private final String zh;
    private final String en;

    OrganisationKind(String zh, String en) {
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

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static OrganisationKind named(String name) {
        return EnumNames.named(OrganisationKind.class, name);
    }
}
