package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * A star level awarded to a volunteer (郑州意见 二(四) 星级评定; 河南省志愿服务条例 art 41). Stars are applied
 * for and awarded: the level the star rules compute from hours and quality is the level a volunteer is
 * eligible to apply for, and this is the level the volunteer holds, from the day it was awarded.
 *
 * @param level     the star level awarded (1 for one star)
 * @param awardedBy the body that awarded it (its name), if known
 * @param awardedOn the day it was awarded
 */
public record StarAward(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @Positive @Max(100) int level,
        String awardedBy,
        @NotNull @IsoDate LocalDate awardedOn) implements StrictFields {
}
