package io.volunteerrules.core.request;

import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.model.Redemption;
import io.volunteerrules.core.model.Ref;
import jakarta.validation.constraints.NotBlank;

/**
 * May the redemption be made from the volunteer's time-bank balance (ZZ-2.4)?
 */
public record RedemptionQuestion(@NotBlank @Ref(Redemption.class) String redemptionId) implements Question, StrictFields {

    /** The question's type name in JSON. */
    public static final String TYPE = "redemption";

    @Override
    public String subject() {
        return TYPE + ":" + redemptionId;
    }
}
