package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A commendation or incentive the volunteer received (褒奖激励情况, ZZ-2.4), printed on certificates
 * (ZZ-2.5, VSR-19).
 *
 * @param title     what was awarded, such as 优秀志愿者
 * @param awardedBy the body that awarded it (its name as printed)
 * @param awardedOn the day it was awarded
 */
public record Commendation(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotBlank String title,
        String awardedBy,
        @NotNull @IsoDate LocalDate awardedOn) implements StrictFields {
}
