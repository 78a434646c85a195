package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A volunteer-service activity.
 *
 * @param organiserId   the body that organises and records it (志愿服务组织方)
 * @param recruiterId   the body that recruited its volunteers and so owes their training
 *                      (谁招募谁培训, ZZ-2.2); the organiser when absent
 * @param field         field of service
 * @param hazardous     whether it may endanger the volunteers' person (ZZ-2.3, VSR-17)
 * @param startDate     first day, included
 * @param endDate       last day, included
 * @param emergency     emergency service under the government's emergency command (VSR-24)
 * @param chargesServed charges the people it serves (VSR-21): then it is not volunteer service
 * @param profitMaking  makes a profit (VSR-25): then it is not volunteer service
 * @param standing      a standing programme (常态化 service over its period) whose services each have
 *                      a date of their own: each is recorded within the window after that date, not
 *                      after the programme's end (MCA-CERT-11), and its records must carry their date
 */
public record Activity(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String organiserId,
        String recruiterId,
        @NotNull ServiceField field,
        @FalseWhenAbsent boolean hazardous,
        @NotNull @IsoDate LocalDate startDate,
        @NotNull @IsoDate LocalDate endDate,
        String place,
        String content,
        String personInCharge,
        @FalseWhenAbsent boolean emergency,
        @FalseWhenAbsent boolean chargesServed,
        @FalseWhenAbsent boolean profitMaking,
        @FalseWhenAbsent boolean standing) implements StrictFields {

    /** The body that owes the volunteers' training: the recruiter, or else the organiser. */
    public String trainingOwedById() {
        return recruiterId != null && !recruiterId.isBlank() ? recruiterId : organiserId;
    }
}
