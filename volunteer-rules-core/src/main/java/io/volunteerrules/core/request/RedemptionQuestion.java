package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;

/**
 * May the redemption be made from the volunteer's time-bank balance (ZZ-2.4)?
 */
public record RedemptionQuestion(@NotBlank String redemptionId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "redemption";

    @Override
    public String subject() {
        return TYPE + ":" + redemptionId;
    }
}
