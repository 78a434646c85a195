package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation that organises, records, recruits or supervises volunteer service.
 *
 * @param kind                       kind of body (ZZ-2.1 names the kinds that need registration staff)
 * @param legallyRegistered          registered according to law (ZZ-1.3, ZZ-3.2)
 * @param status                     ACTIVE, MERGED, SPLIT, DISSOLVED or UNABLE_TO_ISSUE; {@code ACTIVE} when absent
 * @param statusChangedOn            the day a status other than ACTIVE took effect (required then); before
 *                                   that day the body counts as active
 * @param successorIds               bodies that continue it: the body it merged into, or the parts it split into
 * @param workTakenOverById          the body that took over its volunteer work, where one did (ZZ-2.5)
 * @param superiorUnitId             its superior unit or competent department (主管部门)
 * @param personInCharge             负责人, printed on certificates (MCA-2015)
 * @param handler                    经办人, printed on certificates
 * @param contact                    contact telephone or address, printed on certificates
 * @param district                   district of the city, for indicators
 * @param dedicatedRegistrationStaff number of dedicated registration staff (ZZ-2.1), if known
 * @param tookOverWorkOfIds          bodies whose volunteer work this one says it took over (its own
 *                                   claim; ZZ-2.5 承接其工作的单位). Two bodies claiming the same work
 *                                   leave the issuer undetermined.
 */
public record Organisation(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull OrganisationKind kind,
        @FalseWhenAbsent boolean legallyRegistered,
        String registrationNumber,
        OrganisationStatus status,
        @IsoDate LocalDate statusChangedOn,
        List<@NotBlank String> successorIds,
        String workTakenOverById,
        String superiorUnitId,
        String personInCharge,
        String handler,
        String contact,
        String district,
        @PositiveOrZero Integer dedicatedRegistrationStaff,
        List<@NotBlank String> tookOverWorkOfIds) implements StrictFields {

    public Organisation {
        status = status == null ? OrganisationStatus.ACTIVE : status;
        successorIds = Copies.list(successorIds);
        tookOverWorkOfIds = Copies.list(tookOverWorkOfIds);
    }

    /** The status in effect on {@code date}: a change dated after it has not happened yet. */
    public OrganisationStatus statusOn(LocalDate date) {
        if (status == OrganisationStatus.ACTIVE || statusChangedOn == null || statusChangedOn.isAfter(date)) {
            return OrganisationStatus.ACTIVE;
        }
        return status;
    }
}
