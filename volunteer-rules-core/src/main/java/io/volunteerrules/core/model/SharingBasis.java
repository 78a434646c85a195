package io.volunteerrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.volunteerrules.core.json.EnumNames;
import io.volunteerrules.core.text.Labelled;

/**
 * The lawful basis on which a volunteer's service record is shared, given as the decision's value
 * {@code basis} (个人信息保护法 art 13): a legal duty (item 3), where a text puts the record with that
 * recipient (河南省志愿服务条例 art 39: good records go into the credit-information platform), or the
 * volunteer's consent (item 1), which VSR-20 asks for everything else.
 */
public enum SharingBasis implements Labelled {
    /** Necessary to perform a legal duty (为履行法定职责或者法定义务所必需): no consent is needed. */
    LEGAL_DUTY,
    /** The volunteer's consent to sharing with that kind of recipient, in force on the day. */
    CONSENT;

    /** Reads a value by its name only: a number or another spelling is refused ({@link EnumNames}). */
    @JsonCreator
    public static SharingBasis named(String name) {
        return EnumNames.named(SharingBasis.class, name);
    }
}
