package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A volunteer (VSR-7, MCA-CERT-5).
 *
 * @param id                   the platform's identifier of the volunteer
 * @param name                 name as registered
 * @param gender               optional
 * @param birthDate            date of birth; capacity is judged from the age on a task's first day
 * @param selfSupporting       lives mainly on their own labour income (CC-18)
 * @param registrationPlatform where the volunteer is registered; {@code NONE} when absent
 * @param volunteerNumber      the platform's volunteer number, if registered
 * @param idType               type of identity document (e.g. 居民身份证)
 * @param idNumber             identity document number: personal data, masked in logs
 * @param phone                contact number: personal data, masked in logs
 * @param residenceArea        district of residence
 * @param skills               skill codes, compared with a task's {@code requiredSkills}
 * @param healthDeclarations   health declarations over time
 * @param courtDeclaration     a court's declaration of limited or no civil capacity (民法典 arts 21–22);
 *                             absent when there is none, and then capacity follows from age alone
 */
public record Volunteer(
        @NotBlank String id,
        @NotBlank String name,
        Gender gender,
        @NotNull @IsoDate LocalDate birthDate,
        @FalseWhenAbsent boolean selfSupporting,
        RegistrationPlatform registrationPlatform,
        String volunteerNumber,
        String idType,
        String idNumber,
        String phone,
        String residenceArea,
        List<@NotBlank String> skills,
        List<@Valid @NotNull HealthDeclaration> healthDeclarations,
        @Valid CourtDeclaration courtDeclaration) implements StrictFields {

    public Volunteer {
        registrationPlatform = registrationPlatform == null ? RegistrationPlatform.NONE : registrationPlatform;
        skills = Copies.list(skills);
        healthDeclarations = Copies.list(healthDeclarations);
    }

    /** A volunteer of whom no court has declared anything about capacity. */
    public Volunteer(String id, String name, Gender gender, LocalDate birthDate, boolean selfSupporting,
            RegistrationPlatform registrationPlatform, String volunteerNumber, String idType, String idNumber,
            String phone, String residenceArea, List<String> skills, List<HealthDeclaration> healthDeclarations) {
        this(id, name, gender, birthDate, selfSupporting, registrationPlatform, volunteerNumber, idType, idNumber, phone,
                residenceArea, skills, healthDeclarations, null);
    }

    /** The capacity a court has declared, holding on {@code date}, if any. */
    public Optional<DeclaredCapacity> declaredCapacityOn(LocalDate date) {
        return courtDeclaration != null && courtDeclaration.holdsOn(date)
                ? Optional.of(courtDeclaration.capacity()) : Optional.empty();
    }

    /** Whether the volunteer is registered on the national system or on 志愿郑州. */
    public boolean registered() {
        return registrationPlatform != RegistrationPlatform.NONE;
    }

    /** The latest health declaration made on or before {@code date}, if any. */
    public Optional<HealthDeclaration> healthDeclarationOn(LocalDate date) {
        HealthDeclaration latest = null;
        for (HealthDeclaration d : healthDeclarations) {
            // the first of several made on the same latest day, as a stream's max would keep
            if (d != null && d.declaredOn() != null && !d.declaredOn().isAfter(date)
                    && (latest == null || d.declaredOn().isAfter(latest.declaredOn()))) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }
}
