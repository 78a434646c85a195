package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/**
 * A task within an activity, to which volunteers are assigned. Dates, field and the hazardous flag
 * default to the activity's when absent; a task may narrow the dates or be hazardous in a
 * non-hazardous activity, never the reverse (a task of a hazardous activity is hazardous).
 *
 * @param minAge                    lowest admitted age on the task's first day, included
 * @param maxAge                    highest admitted age on the task's first day, included
 * @param minorsAllowed             whether people under the age of full capacity may join (HN-8)
 * @param requiredSkills            skill codes the volunteer must have (VSR-15)
 * @param requiredTraining          fields in which completed, unexpired training is required (VSR-16)
 * @param requiredQualifications    qualification types the volunteer must hold (VSR-16, HN-28)
 * @param excludedHealthConditions  declared conditions that make the task unsuitable (VSR-15)
 * @param needsProfessionalSkill    whether the task itself needs the professional skill of its field (a
 *                                  first-aid post at a marathon does, handing out water there does not);
 *                                  only such a task in a professional field needs professional training
 *                                  (ZZ-2.2); absent means {@code false}
 */
public record Task(
        @NotBlank String id,
        @NotBlank @Ref(Activity.class) String activityId,
        String name,
        @IsoDate LocalDate startDate,
        @IsoDate LocalDate endDate,
        ServiceField field,
        Boolean hazardous,
        @PositiveOrZero @Max(150) Integer minAge,
        @PositiveOrZero @Max(150) Integer maxAge,
        @FalseWhenAbsent boolean minorsAllowed,
        List<@NotBlank String> requiredSkills,
        List<@NotNull ServiceField> requiredTraining,
        List<@NotBlank String> requiredQualifications,
        List<@NotBlank String> excludedHealthConditions,
        @FalseWhenAbsent boolean needsProfessionalSkill) implements StrictFields {

    public Task {
        requiredSkills = Copies.list(requiredSkills);
        requiredTraining = Copies.list(requiredTraining);
        requiredQualifications = Copies.list(requiredQualifications);
        excludedHealthConditions = Copies.list(excludedHealthConditions);
    }
}
