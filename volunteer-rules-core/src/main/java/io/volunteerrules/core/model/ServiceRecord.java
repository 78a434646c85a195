package io.volunteerrules.core.model;

import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A record of service given (MCA-CERT-7, VSR-19). Its fields are optional here on purpose: a record
 * with a missing field is valid input, and the service-record rules refuse it with the field named.
 *
 * @param hours       time actually given, in hours (decimals allowed)
 * @param travelHours travel time, not counted as service unless a parameter says so
 * @param recordedOn  the day it was entered, checked against the recording window (MCA-CERT-11)
 * @param status      only VERIFIED records count downstream; PENDING when absent
 * @param recordedIn  the information system the record is entered in (全国志愿服务信息系统 or 志愿郑州);
 *                    absent when it is kept on paper or in another system (MCA-CERT-4 allows both).
 *                    A volunteer prints a certificate from a platform (ZZ-2.5 path A) only for
 *                    service recorded there
 */
public record ServiceRecord(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @Ref(Activity.class) String activityId,
        String activityName,
        @IsoDate LocalDate date,
        String place,
        String content,
        @PositiveOrZero BigDecimal hours,
        @PositiveOrZero BigDecimal travelHours,
        String organiserId,
        String personInCharge,
        @IsoDate LocalDate recordedOn,
        RecordStatus status,
        RegistrationPlatform recordedIn) implements StrictFields {

    public ServiceRecord {
        status = status == null ? RecordStatus.PENDING : status;
    }
}
