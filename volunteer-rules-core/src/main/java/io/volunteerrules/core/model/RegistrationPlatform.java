package io.volunteerrules.core.model;

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
}
