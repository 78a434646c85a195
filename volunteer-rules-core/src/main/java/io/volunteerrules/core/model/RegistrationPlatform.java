package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/** Where a volunteer is registered (ZZ-2.1, VSR-7). */
public enum RegistrationPlatform implements Labelled {
    NATIONAL_SYSTEM("全国志愿服务信息系统", "the national volunteer-service information system"),
    ZHIYUAN_ZHENGZHOU("志愿郑州", "Zhiyuan Zhengzhou"),
    NONE("未注册", "not registered");

    private final String zh;
    private final String en;

    RegistrationPlatform(String zh, String en) {
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
    public static RegistrationPlatform named(String name) {
        return EnumNames.named(RegistrationPlatform.class, name);
    }
}
