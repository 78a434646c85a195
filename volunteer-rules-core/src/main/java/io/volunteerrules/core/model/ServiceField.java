package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * Fields of volunteer service named in ZZ-2.2 and ZZ-3.2. Which of them count as professional
 * fields (needing professional training) is not fixed here: it is the parameter
 * {@code training.professional-fields} in {@code rules/training/training.parameters.yaml}.
 */
public enum ServiceField implements Labelled {
    POVERTY_RELIEF("脱贫攻坚", "poverty relief"),
    ELDERLY_CARE("为老服务", "elderly care"),
    CHILDREN_IN_DIFFICULTY("困境儿童", "children in difficulty"),
    LEFT_BEHIND_CHILDREN("留守儿童", "left-behind children"),
    HELPING_YOUNG_AND_DISABLED("扶幼助残", "helping the young and the disabled"),
    MEDICAL_RESCUE("医疗救护", "medical rescue"),
    LEGAL_AID("法律援助", "legal aid"),
    DISASTER_RELIEF("减灾救灾", "disaster relief"),
    EMERGENCY_RESCUE("应急救援", "emergency rescue"),
    MEDICAL_AND_EDUCATION_AID("助医助学", "medical and education aid"),
    COMMUNITY_SERVICE("社区服务", "community service"),
    ENVIRONMENTAL_PROTECTION("生态环保", "environmental protection"),
    CULTURE_AND_PUBLICITY("文明传播", "culture and publicity"),
    LARGE_EVENTS("大型赛会", "large events"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    ServiceField(String zh, String en) {
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
    public static ServiceField named(String name) {
        return EnumNames.named(ServiceField.class, name);
    }
}
