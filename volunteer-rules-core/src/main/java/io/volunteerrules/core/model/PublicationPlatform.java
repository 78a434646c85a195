package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Where an online recruitment notice is published (ZZ-2.1). Which platforms are accepted is the parameter {@code recruitment.accepted-platforms}. */
public enum PublicationPlatform implements Labelled {
    NATIONAL_SYSTEM("全国志愿服务信息系统", "the national volunteer-service information system"),
    ZHIYUAN_ZHENGZHOU("志愿郑州", "Zhiyuan Zhengzhou"),
    OTHER("其他平台", "another platform");

    private final String zh;
    private final String en;

    PublicationPlatform(String zh, String en) {
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
    public static PublicationPlatform named(String name) {
        return EnumNames.named(PublicationPlatform.class, name);
    }
}
